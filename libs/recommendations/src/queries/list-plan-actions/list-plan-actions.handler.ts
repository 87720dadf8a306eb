import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PlanNotFoundError } from '../../domain';
import { ACTION_TABLES, PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import { readActions } from '../actions-common/action-reads';
import { ListPlanActionsQuery } from './list-plan-actions.query';

/** A plan's actions in number order, those created and those its plan links imply. */
@QueryHandler(ListPlanActionsQuery)
export class ListPlanActionsHandler implements IQueryHandler<ListPlanActionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ planId, filter, consistentWith }: ListPlanActionsQuery) {
    const { db } = this.readModels;
    const answer = await this.readModels.answer(PROJECTION_NAMES.actions, consistentWith, () => {
      const plan = db
        .prepare<[string], { plan_id: string }>(
          `SELECT plan_id FROM ${ACTION_TABLES.plans} WHERE plan_id = ?`,
        )
        .get(planId);
      return plan === undefined ? undefined : readActions(db, { ...filter, planId });
    });
    if (answer.value === undefined) throw new PlanNotFoundError(planId);
    return { position: answer.position, value: answer.value };
  }
}
