import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecommendationHistory, inEffectiveOrder, type StateMoment } from '@app/recommendations';
import { Roles } from '../auth';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { RecommendationIdPipe } from '../recommendations/recommendation-id.pipe';
import { HistoryQueryDto, StateQueryDto } from './audit-queries.dto';
import { loggedEventView, type HistoryView, type StateView } from './audit-views';
import { HistoryResponse, StateResponse } from './audit.response';

/** Who may read a recommendation's history and past states (admins too). */
export const HISTORY_READERS = ['secretariat', 'reviewer', 'auditor'] as const;

/** A recommendation's decision history and past states, from the event log only. */
@ApiTags('audit')
@Controller('recommendations')
export class RecommendationAuditController {
  constructor(private readonly history: RecommendationHistory) {}

  @Get(':id/history')
  @Roles(...HISTORY_READERS)
  @ApiOperation({
    summary:
      'Every event of the recommendation as stored, with its metadata and hash chain; ' +
      'timeline=effective orders them by when they took effect',
  })
  @ApiOkResponse({ type: HistoryResponse })
  @ProblemResponses(400, 414, 'RECOMMENDATION.NOT_FOUND')
  async events(
    @Param('id', RecommendationIdPipe) id: string,
    @Query() query: HistoryQueryDto,
  ): Promise<HistoryView> {
    const recorded = await this.history.events(id);
    if (query.timeline !== 'effective') return { id, events: recorded.map(loggedEventView) };
    return {
      id,
      events: inEffectiveOrder(recorded).map(({ event, effectiveAt }) => ({
        ...loggedEventView(event),
        effectiveAt,
      })),
    };
  }

  @Get(':id/state')
  @Roles(...HISTORY_READERS)
  @ApiOperation({ summary: "The decider's state as of a time or a revision (404 before it was proposed)" })
  @ApiOkResponse({ type: StateResponse })
  @ProblemResponses(400, 414, 'RECOMMENDATION.NOT_FOUND', 'RECOMMENDATION.REVISION_NOT_FOUND')
  async state(
    @Param('id', RecommendationIdPipe) id: string,
    @Query() query: StateQueryDto,
  ): Promise<StateView> {
    const moment = momentOf(query);
    const past = await this.history.stateAt(id, moment);
    const asOf = typeof moment === 'object' && 'asOf' in moment ? moment.asOf.toISOString() : past.occurredAt;
    return { id, revision: Number(past.revision), asOf, state: past.state };
  }
}

function momentOf(query: StateQueryDto): StateMoment {
  if (query.asOf !== undefined && query.revision !== undefined) {
    throw new RequestValidationError([{ field: 'asOf', message: 'give asOf or revision, not both' }]);
  }
  if (query.asOf !== undefined) return { asOf: new Date(query.asOf), timeline: query.timeline ?? 'recorded' };
  if (query.revision !== undefined) return { revision: BigInt(query.revision) };
  return 'now';
}
