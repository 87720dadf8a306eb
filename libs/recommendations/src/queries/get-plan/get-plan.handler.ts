import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PlanNotFoundError } from '../../domain';
import { PLAN_PROJECTIONS, ReadModels, isoToday, readPlans } from '../common';
import { GetPlanQuery } from './get-plan.query';

/** One plan with its recommendation counts (404 PLAN.NOT_FOUND). */
@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ id, consistentWith }: GetPlanQuery) {
    const answer = await this.readModels.answer(PLAN_PROJECTIONS, consistentWith, () =>
      readPlans(this.readModels.db, isoToday(this.clock()), id),
    );
    const [plan] = answer.value;
    if (!plan) throw new PlanNotFoundError(id);
    return { position: answer.position, value: plan };
  }
}
