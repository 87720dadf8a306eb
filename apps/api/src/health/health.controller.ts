import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { Public } from '../auth/public.decorator';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { HealthResponse } from './health.response';
import { projectionStatusView } from '../projections/projection-status.view';
import type { FastifyReply } from 'fastify';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRuntime,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "Whether the store is reachable, its position, and each projection's position, lag and state. 503 when the store is not reachable.",
  })
  @ApiOkResponse({ type: HealthResponse, description: 'ok' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'degraded or unavailable, same body' })
  @ProblemResponses(431)
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const store = await this.store.health();
    if (!store.ok) void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: store.ok ? 'ok' : 'unavailable',
      store: {
        kind: store.store,
        reachable: store.ok,
        position: store.position.toString(),
        detail: store.detail,
      },
      // Without a store there is no head to measure lag against; the read models still answer from their file.
      projections: store.ok ? (await this.projections.status()).map(projectionStatusView) : [],
    };
  }
}
