import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import { readInstitutions } from '../actions-common/action-reads';
import { ListInstitutionsQuery } from './list-institutions.query';

/** The institutions registry, by English name. */
@QueryHandler(ListInstitutionsQuery)
export class ListInstitutionsHandler implements IQueryHandler<ListInstitutionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ consistentWith }: ListInstitutionsQuery) {
    return this.readModels.answer(PROJECTION_NAMES.actions, consistentWith, () =>
      readInstitutions(this.readModels.db),
    );
  }
}
