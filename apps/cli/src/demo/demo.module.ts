import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { COMMAND_HANDLERS, COMMAND_SERVICES, EventStreamRepository } from '@app/recommendations';

/** Just the command side (bus, handlers, store), so the demo goes through the same handlers as the API. */
@Module({})
export class DemoModule {
  static forRoot(store: EventStore, clock: Clock): DynamicModule {
    return {
      module: DemoModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
        EventStreamRepository,
        ...COMMAND_HANDLERS,
        ...COMMAND_SERVICES,
      ],
    };
  }
}
