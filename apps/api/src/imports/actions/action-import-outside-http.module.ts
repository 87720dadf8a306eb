import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ACTION_COMMAND_HANDLERS, ActionStreams, EventStreamRepository } from '@app/recommendations';
import { ActionImportLookups } from './action-import.lookups';
import { ActionImportService } from './action-import.service';

/**
 * The results matrix import without HTTP (`cli import actions`): the same service, command bus and handlers as the
 * API. Without read models, an action only version-1 plan links imply is not materialised first: it is created.
 */
@Module({})
export class ActionImportOutsideHttpModule {
  static forRoot(store: EventStore, clock: Clock): DynamicModule {
    return {
      module: ActionImportOutsideHttpModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: CLOCK, useValue: clock },
        { provide: EVENT_STORE, useValue: store },
        EventStreamRepository,
        ActionStreams,
        ...ACTION_COMMAND_HANDLERS,
        ActionImportLookups,
        ActionImportService,
      ],
    };
  }
}
