import { Controller, ForbiddenException, Get, Inject, Param, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { EVENT_STORE, verifyStore, type EventStore, type RecordedEvent } from '@app/event-store';
import {
  ListRecommendationsQuery,
  RecommendationHistory,
  RecommendationNotYetProposedError,
  UnexpectedEventError,
  inEffectiveOrder,
  recommendationStream,
  type Timeline,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { AUDITORS } from '../../audit/audit.controller';
import { HISTORY_READERS } from '../../audit/recommendation-audit.controller';
import { sendPage } from '../send-page';
import { Web, holdsRole, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { TimelinePageQueryDto } from './timeline-query.dto';
import type { StateFound } from './timeline-state.view';
import { noSuchReferencePage, timelinePage } from './timeline.view';

/** The last moment of a calendar day, UTC: the state "as of" a day includes everything done that day. */
const endOfDay = (date: string): Date => new Date(`${date}T23:59:59.999Z`);

/** A recommendation's history, past states and hash chain, read from the log as the API's audit routes read them. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...HISTORY_READERS)
@Controller('app/recommendations')
export class TimelineController {
  constructor(
    private readonly queries: QueryBus,
    private readonly history: RecommendationHistory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':reference/timeline')
  async timeline(
    @Param('reference') reference: string,
    @PageQuery(TimelinePageQueryDto) query: TimelinePageQueryDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Verifying is the API's /audit/verify, for auditors only; the others read the history without it.
    const mayVerify = holdsRole(web, AUDITORS);
    if (query.verify === true && !mayVerify) {
      throw new ForbiddenException({ code: 'FORBIDDEN', detail: 'Only auditor, admin may verify the log' });
    }
    const matching = await this.queries.execute(new ListRecommendationsQuery({ reference }, { limit: 1 }));
    const item = matching.value.items[0];
    if (item === undefined) return sendPage(reply, noSuchReferencePage(web, reference), 404);
    const timeline = query.timeline ?? 'recorded';
    const recorded = await this.history.events(item.id);
    const [state, verification] = await Promise.all([
      this.stateAsOf(item.id, query.asOf, timeline),
      query.verify === true ? verifyStore(this.store, { stream: recommendationStream(item.id) }) : undefined,
    ]);
    sendPage(
      reply,
      timelinePage(web, {
        reference: item.reference,
        query,
        timeline,
        events: inOrder(recorded, timeline),
        total: recorded.length,
        state,
        mayVerify,
        verification,
        lastHash: recorded[recorded.length - 1].metadata.hash,
      }),
    );
  }

  /**
   * The state at the end of the day, or now. A history altered behind the application may no longer fold (an event
   * deleted from the middle); the page then still shows the events and their verification, which say why.
   */
  private async stateAsOf(id: string, asOf: string | undefined, timeline: Timeline): Promise<StateFound> {
    const moment = asOf === undefined ? 'now' : { asOf: endOfDay(asOf), timeline };
    try {
      return { past: await this.history.stateAt(id, moment) };
    } catch (error) {
      if (error instanceof RecommendationNotYetProposedError) return { missing: 'not-yet-proposed' };
      if (error instanceof UnexpectedEventError) return { missing: 'does-not-fold' };
      throw error;
    }
  }
}

/** In stream order, or on the effective timeline in the order they took effect, as the API's history lists them. */
const inOrder = (recorded: RecordedEvent[], timeline: Timeline): RecordedEvent[] =>
  timeline === 'effective' ? inEffectiveOrder(recorded).map(({ event }) => event) : recorded;
