import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ACTION_STATUSES, InstitutionNotFoundError } from '../../domain';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import type { InstitutionActionItem, InstitutionDetailsAnswer } from '../actions-common/action-answers';
import { readActions, readInstitutions } from '../actions-common/action-reads';
import { GetInstitutionQuery } from './get-institution.query';

/** One institution with the actions it leads or supports and its workload by action status. */
@QueryHandler(GetInstitutionQuery)
export class GetInstitutionHandler implements IQueryHandler<GetInstitutionQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ institutionId, consistentWith }: GetInstitutionQuery) {
    const answer = await this.readModels.answer(PROJECTION_NAMES.actions, consistentWith, () =>
      this.read(institutionId),
    );
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
    return { ...institution, actions, workload: { total: actions.length, byStatus }, overdueReports: 0 };
  }
}
