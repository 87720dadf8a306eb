import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PROJECTION_NAMES } from '../../read-models';
import { ReadModels } from '../common';
import { readPublicActions } from '../public-common';
import { ListPublicActionsQuery } from './list-public-actions.query';

@QueryHandler(ListPublicActionsQuery)
export class ListPublicActionsHandler implements IQueryHandler<ListPublicActionsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  execute({ planId }: ListPublicActionsQuery) {
    return this.readModels.answer(PROJECTION_NAMES.public, undefined, () =>
      readPublicActions(this.readModels.db, { planId }),
    );
  }
}
