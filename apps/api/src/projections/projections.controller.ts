import { Controller, Get, HttpCode, HttpStatus, Logger, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionRuntime } from '@app/projections';
import { Roles } from '../auth';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { ProjectionStatusResponse, RebuildAcceptedResponse } from './projection-status.response';
import { projectionStatusView, type ProjectionStatusView } from './projection-status.view';

@ApiTags('operations')
@Controller('projections')
export class ProjectionsController {
  private readonly logger = new Logger('Projections');

  constructor(private readonly runtime: ProjectionRuntime) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({ summary: 'Each projection: checkpoint position, lag in events and seconds, state' })
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
}
