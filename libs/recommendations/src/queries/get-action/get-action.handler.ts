import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { ActionNotFoundError } from '../../domain';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels, isoToday } from '../common';
import { readActionDetails } from '../actions-common/action-reads';
import { GetActionQuery } from './get-action.query';

/** One action: details, institutions with names, linked recommendations, indicators with past and next due dates. */
@QueryHandler(GetActionQuery)
export class GetActionHandler implements IQueryHandler<GetActionQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actionId, consistentWith, viewerInstitutionId }: GetActionQuery) {
    const today = isoToday(this.clock());
    const answer = await this.readModels.answer(PROJECTION_NAMES.actions, consistentWith, () =>
      readActionDetails(this.readModels.db, actionId, today),
    );
    if (answer.value === undefined) throw new ActionNotFoundError(actionId);
    const { leadInstitutionId, supportingInstitutionIds } = answer.value;
    const responsible = [leadInstitutionId, ...supportingInstitutionIds];
    // Another institution's action is answered as missing: a focal point learns nothing of it.
    if (viewerInstitutionId !== undefined && !responsible.includes(viewerInstitutionId)) {
      throw new ActionNotFoundError(actionId);
    }
    return { position: answer.position, value: answer.value };
  }
}
