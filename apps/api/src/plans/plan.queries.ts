import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, checkStreamName, type EventStore } from '@app/event-store';
import { PLAN_STREAM_PREFIX, PlanNotFoundError, planDecider, planStream, EventStreamRepository } from '@app/recommendations';

export interface PlanView {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
}

/** Plans folded from their streams. */
@Injectable()
export class PlanQueries {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: EventStreamRepository,
  ) {}

  async get(id: string): Promise<PlanView> {
    const stream = planStream(id);
    try {
      checkStreamName(stream);
    } catch {
      throw new PlanNotFoundError(id);
    }
    const { state } = await this.streams.load(stream, planDecider);
    if (state.status === 'none') throw new PlanNotFoundError(id);
    return { id: state.planId, title: state.title, periodStart: state.periodStart, periodEnd: state.periodEnd };
  }

  async list(): Promise<PlanView[]> {
    const plans: PlanView[] = [];
    const filter = { streamNamePrefixes: [PLAN_STREAM_PREFIX], eventTypes: ['PlanRegistered'] };
    for (let page = await this.store.readAll({ filter, maxCount: 500 }); page.length > 0; ) {
      for (const event of page) plans.push(await this.get(event.stream.slice(PLAN_STREAM_PREFIX.length)));
      page = await this.store.readAll({ fromPosition: page[page.length - 1].position, filter, maxCount: 500 });
    }
    return plans.sort((a, b) => a.id.localeCompare(b.id));
  }
}
