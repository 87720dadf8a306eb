import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { ACTION_STATUSES, InstitutionNotFoundError } from '../../domain';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels, institutionDueState, isoToday } from '../common';
import type { InstitutionActionItem, InstitutionDetailsAnswer } from '../actions-common/action-answers';
import { readActions, readInstitutions } from '../actions-common/action-reads';
import { GetInstitutionQuery } from './get-institution.query';

/** One institution with the actions it leads or supports and its workload by action status. */
@QueryHandler(GetInstitutionQuery)
export class GetInstitutionHandler implements IQueryHandler<GetInstitutionQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ institutionId, consistentWith }: GetInstitutionQuery) {
    const models = [PROJECTION_NAMES.actions, PROJECTION_NAMES.progressReports];
    const answer = await this.readModels.answer(models, consistentWith, () => this.read(institutionId));
    if (answer.value === undefined) throw new InstitutionNotFoundError(institutionId);
    return { position: answer.position, value: answer.value };
  }

  private read(institutionId: string): InstitutionDetailsAnswer | undefined {
    const [institution] = readInstitutions(this.readModels.db, institutionId);
    if (institution === undefined) return undefined;
    const actions: InstitutionActionItem[] = readActions(this.readModels.db, { institutionId }).map(
      (action) => ({
        ...action,
        role: action.leadInstitutionId === institutionId ? 'lead' : 'supporting',
      }),
    );
    const byStatus = Object.fromEntries(
      ACTION_STATUSES.filter((status) => status !== 'none').map((status) => [
        status,
        actions.filter((action) => action.status === status).length,
      ]),
    );
    const today = isoToday(this.clock());
    // Due dates the institution's reports have not met, over every action it leads or supports.
    const overdueReports = actions
      .map((action) => institutionDueState(this.readModels.db, institutionId, action.id, today))
      .reduce((total, state) => total + state.overdueDueDates.length, 0);
    return { ...institution, actions, workload: { total: actions.length, byStatus }, overdueReports };
  }
}
