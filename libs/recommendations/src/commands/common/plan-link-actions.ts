import { Injectable } from '@nestjs/common';
import { linkingByPlan, unlinkedByPlan } from '../../domain';
import { ActionStreams } from './action-streams';
import type { CommandContext } from './command-context';
import { actionIdOf, actionStream } from './stream-names';

/** Keeps actions' own links in step with recommendations' plan links (reflect, updatePlanLink). */
@Injectable()
export class PlanLinkActions {
  constructor(private readonly actions: ActionStreams) {}

  /** The action a plan link's actionRef numbers; undefined when the link names none. */
  actionIdFor(planId: string, actionRef: string | undefined): string | undefined {
    return actionRef === undefined || actionRef.trim() === '' ? undefined : actionIdOf(planId, actionRef);
  }

  /** Links the recommendation to the action, creating the action when it does not exist yet. */
  async link(
    planId: string,
    actionRef: string,
    recommendationId: string,
    context: CommandContext,
  ): Promise<void> {
    const actionId = actionIdOf(planId, actionRef);
    const { implied } = await this.actions.load(actionId);
    const link = { actionId, planId, number: actionRef.trim(), recommendationId };
    const followOn = this.actions.followOn(context, actionStream(actionId));
    await this.actions.execute(actionId, linkingByPlan(implied, link), followOn);
  }

  async unlink(actionId: string, recommendationId: string, context: CommandContext): Promise<void> {
    const followOn = this.actions.followOn(context, `${actionStream(actionId)}-unlink`);
    await this.actions.execute(actionId, (state) => unlinkedByPlan(state, recommendationId), followOn);
  }
}
