import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type Position } from '@app/event-store';
import {
  ActionStreams,
  EventStreamRepository,
  INSTITUTION_STREAM_PREFIX,
  PlanNotFoundError,
  institutionDecider,
  planDecider,
  planPeriodOf,
  planStream,
  referenceKey,
  referenceStream,
  type InstitutionEvent,
  type InstitutionState,
  type PlanPeriod,
} from '@app/recommendations';
import type { ImportLookups } from './action-import.plan';
import { institutionIndex, type RegisteredInstitution } from './institution-index';

const PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the import resolves a matrix against, read from the log itself (not the read models, which may lag and which
 * the CLI does not have): the plan, the institution registry, the reference claims, the actions already there.
 */
@Injectable()
export class ActionImportLookups {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: EventStreamRepository,
    private readonly actions: ActionStreams,
  ) {}

  async planPeriod(planId: string): Promise<PlanPeriod> {
    const period = planPeriodOf((await this.streams.load(planStream(planId), planDecider)).state);
    if (period === undefined) throw new PlanNotFoundError(planId);
    return period;
  }

  async lookups(
    plan: PlanPeriod,
    references: readonly string[],
    actionIds: readonly string[],
  ): Promise<ImportLookups> {
    const institution = institutionIndex(await this.registry());
    const recommendationIds = await this.recommendationIds(references);
    const existing = new Map<string, { recommendationIds: string[]; indicatorIds: string[] }>();
    for (const actionId of new Set(actionIds)) {
      const { state } = await this.actions.load(actionId);
      if (state.status === 'none') continue;
      const indicatorIds = state.indicators.map((indicator) => indicator.indicatorId);
      existing.set(actionId, { recommendationIds: state.recommendationIds, indicatorIds });
    }
    return {
      plan,
      institution,
      recommendationIdOf: (reference) => recommendationIds.get(referenceKey(reference)),
      existing: (actionId) => existing.get(actionId),
    };
  }

  /** Every registered institution, folded from the `institution-` streams. */
  private async registry(): Promise<RegisteredInstitution[]> {
    const states = new Map<string, InstitutionState>();
    const filter = { streamNamePrefixes: [INSTITUTION_STREAM_PREFIX] };
    let after: Position | 'start' = 'start';
    for (;;) {
      const page = await this.store.readAll({ fromPosition: after, maxCount: PAGE, filter });
      for (const event of page) {
        const state = states.get(event.stream) ?? institutionDecider.initialState;
        const domainEvent = { type: event.type, data: event.data } as InstitutionEvent;
        states.set(event.stream, institutionDecider.evolve(state, domainEvent));
        after = event.position;
      }
      if (page.length < PAGE) break;
    }
    return [...states.values()].filter((state) => state.status === 'registered');
  }

  /** Each reference's recommendation, by its claim; a recommendation id is accepted as written too. */
  private async recommendationIds(references: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const keys = [...new Set(references.map(referenceKey))];
    for (const key of keys) {
      const [claim] = await this.store.readStream(referenceStream(key), { maxCount: 1 });
      const claimed = claim?.data.recommendationId;
      if (typeof claimed === 'string') found.set(key, claimed);
    }
    const ids = keys.filter((key) => !found.has(key) && UUID.test(key));
    const unknown = new Set(await this.actions.unknownRecommendations(ids));
    for (const id of ids) if (!unknown.has(id)) found.set(id, id);
    return found;
  }
}
