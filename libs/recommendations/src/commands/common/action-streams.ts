import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  actionDecider,
  decidingOnImplied,
  institutionDecider,
  materialised,
  planDecider,
  planPeriodOf,
  recommendationDecider,
  type ActionContext,
  type ActionEvent,
  type ActionState,
} from '../../domain';
import type { CommandContext, CommandResult } from './command-context';
import { deterministicUuid } from './deterministic-id';
import { EventStreamRepository } from './event-stream.repository';
import { IMPLIED_ACTIONS, type ImpliedActions } from './implied-actions.port';
import { actionStream, institutionStream, planStream, recommendationStream } from './stream-names';

/** What action commands load besides the action: the plan, the registry, the recommendations, implied actions. */
@Injectable()
export class ActionStreams {
  constructor(
    private readonly streams: EventStreamRepository,
    @Optional() @Inject(IMPLIED_ACTIONS) private readonly implied?: ImpliedActions,
  ) {}

  async contextOf(planId: string, institutionIds: readonly (string | undefined)[]): Promise<ActionContext> {
    const plan = planPeriodOf((await this.streams.load(planStream(planId), planDecider)).state);
    const named = [...new Set(institutionIds.filter((id): id is string => id !== undefined))];
    const unknown: string[] = [];
    for (const id of named) {
      const { state } = await this.streams.load(institutionStream(id), institutionDecider);
      if (state.status === 'none') unknown.push(id);
    }
    return { plan, unknownInstitutionIds: unknown };
  }

  async unknownRecommendations(ids: readonly string[]): Promise<string[]> {
    const unknown: string[] = [];
    for (const id of new Set(ids)) {
      const { state } = await this.streams.load(recommendationStream(id), recommendationDecider);
      if (state.status === 'none') unknown.push(id);
    }
    return unknown;
  }

  /** The action's state, and the events that would materialise it when only plan links imply it. */
  async load(actionId: string): Promise<{ state: ActionState; implied: ActionEvent[] }> {
    const { state } = await this.streams.load(actionStream(actionId), actionDecider);
    if (state.status !== 'none' || this.implied === undefined) return { state, implied: [] };
    const found = await this.implied.find(actionId);
    const implied = found === undefined ? [] : materialised(found);
    return { state: implied.reduce(actionDecider.evolve, state), implied };
  }

  /** Decides on the action, materialising it first when only plan links imply it. */
  decide(
    actionId: string,
    implied: readonly ActionEvent[],
    decide: (state: ActionState) => ActionEvent[],
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.execute(actionId, decidingOnImplied(implied, decide), context);
  }

  async execute(
    actionId: string,
    decide: (state: ActionState) => ActionEvent[],
    context: CommandContext,
  ): Promise<CommandResult> {
    const appended = await this.streams.execute(actionStream(actionId), actionDecider, decide, context);
    return { id: actionId, ...appended };
  }

  /** A follow-on write of another command (a plan link's action): its own command id, no Idempotency-Key. */
  followOn(context: CommandContext, stream: string): CommandContext {
    const { idempotencyKey: _key, requestHash: _hash, expectedRevision: _revision, ...rest } = context;
    return {
      ...rest,
      commandId: deterministicUuid(context.commandId, stream),
      causationId: context.commandId,
    };
  }
}
