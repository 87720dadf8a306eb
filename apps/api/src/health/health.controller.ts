import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { UserDirectory } from '@app/users';
import type { FastifyReply } from 'fastify';
import { optionalUser } from '../auth/optional-user';
import { Public } from '../auth/public.decorator';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { HealthResponse } from './health.response';
import { projectionStatusView } from '../projections/projection-status.view';
import { healthStatus } from './health-verdict';

/** Who may see the store's and the projections' details; everyone else gets the status alone. */
const SEES_DETAILS = new Set(['auditor', 'admin']);

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly projections: ProjectionRuntime,
    private readonly users: UserDirectory,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      '200 ok; 503 degraded (a projection failed, parked an event, or lags beyond HEALTH_MAX_LAG_SECONDS); 503 unavailable (store unreachable). Only an auditor or admin token gets the details.',
  })
  @ApiOkResponse({ type: HealthResponse, description: 'ok' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'degraded or unavailable, same body' })
  @ProblemResponses(431)
  async health(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const store = await this.store.health();
    // Without a store there is no head to measure lag against; the read models still answer from their file.
    const projections = store.ok ? await this.projections.status() : [];
    const status = healthStatus(store.ok, projections, this.config.healthMaxLagSeconds);
    if (status !== 'ok') void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    const user = optionalUser(authorization, this.users);
    if (!user?.roles.some((role) => SEES_DETAILS.has(role))) return { status };
    return {
      status,
      store: {
        kind: store.store,
        reachable: store.ok,
        position: store.position.toString(),
        detail: store.detail,
      },
      projections: projections.map(projectionStatusView),
    };
  }
}
