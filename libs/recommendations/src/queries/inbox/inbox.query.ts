import { Query } from '@nestjs/cqrs';
import type { Inbox } from './inbox.answer';
import type { ReadModelAnswer } from '../common';

export class InboxQuery extends Query<ReadModelAnswer<Inbox>> {
  constructor(
    readonly institutionId: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
