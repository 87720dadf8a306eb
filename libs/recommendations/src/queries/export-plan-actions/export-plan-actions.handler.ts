import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PlanNotFoundError } from '../../domain';
import { ACTION_TABLES, PROJECTION_NAMES } from '../../read-models';
import { ReadModels, isoToday } from '../common';
import type { ActionDetailsAnswer } from '../actions-common/action-answers';
import { readActionDetails, readActions } from '../actions-common/action-reads';
import { ExportPlanActionsQuery } from './export-plan-actions.query';

/** A plan's actions in full, from one snapshot of the read model, for the CSV and XLSX exports. */
@QueryHandler(ExportPlanActionsQuery)
export class ExportPlanActionsHandler implements IQueryHandler<ExportPlanActionsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ planId, filter, consistentWith }: ExportPlanActionsQuery) {
    const { db } = this.readModels;
    const today = isoToday(this.clock());
    const answer = await this.readModels.answer(PROJECTION_NAMES.actions, consistentWith, () => {
      const plan = db
        .prepare<[string], { plan_id: string }>(
          `SELECT plan_id FROM ${ACTION_TABLES.plans} WHERE plan_id = ?`,
        )
        .get(planId);
      if (plan === undefined) return undefined;
      return readActions(db, { ...filter, planId })
        .map((action) => readActionDetails(db, action.id, today))
        .filter((action): action is ActionDetailsAnswer => action !== undefined);
    });
    if (answer.value === undefined) throw new PlanNotFoundError(planId);
    return { position: answer.position, value: answer.value };
  }
}
