import { Injectable } from '@nestjs/common';
import type { ImpliedAction } from '../../domain';
import type { ImpliedActions } from '../../commands/common/implied-actions.port';
import { ACTION_TABLES, PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';

/**
 * Actions known only from version-1 plan links, as the actions read model shows them now. It does not wait for the
 * read model: no command writes version-1 links any more, so only a log imported moments ago could be missed, and a
 * command must not stall on a projection that lags (or runs in another process).
 */
@Injectable()
export class ReadModelImpliedActions implements ImpliedActions {
  constructor(private readonly readModels: ReadModels) {}

  async find(actionId: string): Promise<ImpliedAction | undefined> {
    const { db } = this.readModels;
    const { value } = await this.readModels.answer(PROJECTION_NAMES.actions, undefined, () => {
      const action = db
        .prepare<[string], { plan_id: string; number: string }>(
          `SELECT plan_id, number FROM ${ACTION_TABLES.actions} WHERE action_id = ? AND implied = 1`,
        )
        .get(actionId);
      if (action === undefined) return undefined;
      const links = db
        .prepare<[string], { recommendation_id: string }>(
          `SELECT recommendation_id FROM ${ACTION_TABLES.actionLinks} WHERE action_id = ? ORDER BY position`,
        )
        .all(actionId);
      return { action, recommendationIds: links.map((link) => link.recommendation_id) };
    });
    if (value === undefined) return undefined;
    const { action, recommendationIds } = value;
    return { actionId, planId: action.plan_id, number: action.number, recommendationIds };
  }
}
