import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, logEvents, type EventStore } from '@app/event-store';
import { EvidenceStore, verifyStoreWithEvidence, type VerificationWithEvidence } from '@app/evidence';
import { AuditEventLog, AuditStreamNotFoundError } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { AuditEventsQueryDto, ExportQueryDto, VerifyQueryDto } from './audit-queries.dto';
import { auditEventView, type AuditEventsView } from './audit-views';
import { AuditEventsResponse, VerifyResponse } from './audit.response';
import { NDJSON_TYPE, sendNdjsonExport } from './ndjson-export';

const DEFAULT_LIMIT = 100;

/** Who may see the proof and the log (admins too, as everywhere). */
export const AUDITORS = ['auditor'] as const;

/** Proof the log was not altered, and the log itself; for auditors (and admins) only. */
@ApiTags('audit')
@Controller('audit')
@Roles(...AUDITORS)
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly log: AuditEventLog,
    @Inject(EvidenceStore) private readonly evidence: EvidenceStore,
  ) {}

  @Get('verify')
  @ApiOperation({
    summary:
      'Recompute every hash and check every link, revision and position of the log, and re-hash every evidence file it names',
  })
  @ApiOkResponse({ type: VerifyResponse })
  @ProblemResponses(400, 'AUDIT.STREAM_NOT_FOUND')
  async verify(@Query() query: VerifyQueryDto): Promise<VerificationWithEvidence> {
    const report = await verifyStoreWithEvidence(this.store, this.evidence, { stream: query.stream });
    if (query.stream !== undefined && report.streamsChecked === 0)
      throw new AuditStreamNotFoundError(query.stream);
    return report;
  }

  @Get('events')
  @ApiOperation({ summary: 'The global log filtered by actor, type and time, paged by position (nextAfter)' })
  @ApiOkResponse({ type: AuditEventsResponse })
  @ProblemResponses(400)
  async events(@Query() query: AuditEventsQueryDto): Promise<AuditEventsView> {
    const from = query.from === undefined ? undefined : new Date(query.from);
    const to = query.to === undefined ? undefined : new Date(query.to);
    if (from && to && from >= to) {
      throw new RequestValidationError([{ field: 'to', message: 'to must be later than from' }]);
    }
    const page = await this.log.page({
      actor: query.actor,
      types: query.type?.split(','),
      from,
      to,
      after: query.after === undefined ? undefined : BigInt(query.after),
      limit: query.limit ?? DEFAULT_LIMIT,
    });
    return { events: page.events.map(auditEventView), nextAfter: page.nextAfter?.toString() ?? null };
  }

  @Get('export')
  @ApiOperation({
    summary:
      'The log, or one stream of it, as NDJSON in position order: one stored event a line, ' +
      'as cli audit export writes it, for offline verification',
  })
  @ApiProduces(NDJSON_TYPE)
  @ApiOkResponse({
    content: {
      [NDJSON_TYPE]: {
        schema: { type: 'string', description: 'One event a line, in the form of GET /audit/events' },
      },
    },
  })
  @ProblemResponses(400, 'AUDIT.STREAM_NOT_FOUND')
  async export(@Query() query: ExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const events = logEvents(this.store, query.stream);
    // The first event is read before the download starts, so an outage or an unknown stream is a problem answer.
    const first = await events.next();
    if (query.stream !== undefined && first.done) throw new AuditStreamNotFoundError(query.stream);
    const name = query.stream === undefined ? 'audit-log' : query.stream.replace(/[^\w.-]/g, '_');
    sendNdjsonExport(reply, `${name}.ndjson`, first, events);
  }
}
