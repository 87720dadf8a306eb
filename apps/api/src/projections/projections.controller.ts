import { Controller, Get, HttpCode, HttpStatus, Logger, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionRuntime, type RetryResult } from '@app/projections';
import { Roles } from '../auth';
import { ProblemResponses } from '../http/problem-responses.decorator';
import {
  ProjectionStatusResponse,
  RebuildAcceptedResponse,
  RetryResponse,
} from './projection-status.response';
import { projectionStatusView, type ProjectionStatusView } from './projection-status.view';

@ApiTags('operations')
@Controller('projections')
export class ProjectionsController {
  private readonly logger = new Logger('Projections');

  constructor(private readonly runtime: ProjectionRuntime) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({
    summary: 'Each projection: checkpoint position, lag in events and seconds, state, and its parked events',
  })
  @ApiOkResponse({ type: ProjectionStatusResponse, isArray: true })
  async list(): Promise<ProjectionStatusView[]> {
    return (await this.runtime.status()).map(projectionStatusView);
  }

  @Post(':name/rebuild')
  @Roles()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      'Rebuild from position 0 into shadow tables while the live ones keep answering, then swap (202; 404, 409)',
  })
  @ApiAcceptedResponse({ type: RebuildAcceptedResponse, description: 'The rebuild started' })
  @ProblemResponses(414, 'PROJECTION.NOT_FOUND', 'PROJECTION.REBUILD_IN_PROGRESS')
  rebuild(@Param('name') name: string): { name: string; state: 'rebuilding' } {
    // Refusals (unknown name, rebuild already running) are thrown before this returns; the work goes on after.
    this.runtime
      .rebuild(name)
      .then((result) =>
        this.logger.log(`Rebuilt ${name}: ${result.events} events in ${result.seconds.toFixed(1)} s`),
      )
      .catch((error: unknown) => this.logger.error(`Rebuild of ${name} failed: ${String(error)}`));
    return { name, state: 'rebuilding' };
  }

  @Post(':name/retry')
  @Roles()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Re-apply the parked events of a projection, oldest first; those that apply leave the list (200; 404, 409)',
  })
  @ApiOkResponse({ type: RetryResponse })
  @ProblemResponses(414, 'PROJECTION.NOT_FOUND', 'PROJECTION.REBUILD_IN_PROGRESS')
  async retry(@Param('name') name: string): Promise<RetryResult> {
    const result = await this.runtime.retry(name);
    this.logger.log(`Retried ${result.retried} parked events of ${name}: ${result.applied} applied`);
    return result;
  }
}
