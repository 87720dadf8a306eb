import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { PLAN_PROJECTIONS, ReadModels, isoToday, readPlans } from '../common';
import { ListPlansQuery } from './list-plans.query';

/** Every registered plan with its recommendation counts, in id order. */
@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ consistentWith }: ListPlansQuery) {
    return this.readModels.answer(PLAN_PROJECTIONS, consistentWith, () =>
      readPlans(this.readModels.db, isoToday(this.clock())),
    );
  }
}
