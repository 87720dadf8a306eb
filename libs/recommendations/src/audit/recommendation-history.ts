import { Inject, Injectable, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { recommendationStream } from '../commands/common/stream-names';
import {
  RecommendationNotFoundError,
  fold,
  recommendationDecider,
  type RecommendationState,
} from '../domain';
import { EventDecoder, UPCASTERS, UpcasterRegistry } from '../events';
import { eventsUpTo, type StateMoment } from './state-moment';

export interface PastState {
  /** The last event folded in. */
  revision: bigint;
  occurredAt: string;
  state: RecommendationState;
}

/** One recommendation's decisions, read from its stream in the event log and nothing else. */
@Injectable()
export class RecommendationHistory {
  private readonly decoder: EventDecoder;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() @Inject(UPCASTERS) upcasters?: UpcasterRegistry,
  ) {
    this.decoder = new EventDecoder(upcasters);
  }

  /** Every event as stored: the form that was hashed, before any upcasting. */
  async events(recommendationId: string): Promise<RecordedEvent[]> {
    const recorded = await this.store.readStream(recommendationStream(recommendationId));
    if (recorded.length === 0) throw new RecommendationNotFoundError(recommendationId);
    return recorded;
  }

  /** The decider's state folded from the upcast events up to that moment. */
  async stateAt(recommendationId: string, moment: StateMoment): Promise<PastState> {
    const happened = eventsUpTo(recommendationId, await this.events(recommendationId), moment);
    const events = happened.map((event) => this.decoder.recommendationEvent(event));
    const last = happened[happened.length - 1];
    return {
      revision: last.revision,
      occurredAt: String(last.metadata.occurredAt),
      state: fold(recommendationDecider, events),
    };
  }
}
