import { Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actionMatrixTemplateCsv } from '@app/imports';
import { Roles, type AuthenticatedRequest } from '../../auth';
import { IMPORT_MEDIA_TYPES } from '../../http/json-body-parsers';
import { ProblemResponses } from '../../http/problem-responses.decorator';
import { FILE_PROBLEMS, IMPORTING_ROLES, dryRunOf, headerOf } from '../imports.controller';
import type { ActionImportReport } from './action-import.report';
import { ActionImportReportResponse } from './action-import.response';
import { ActionImportService } from './action-import.service';
import { PlanIdPipe } from '../../plans/plan-id.pipe';

const ACTION_FILE_PROBLEMS = FILE_PROBLEMS.filter((problem) => problem !== 'IMPORT.UNKNOWN_PROFILE');

@ApiTags('plan actions')
@Controller()
export class ActionImportController {
  constructor(private readonly imports: ActionImportService) {}

  @Post('plans/:id/actions/import')
  @Roles(...IMPORTING_ROLES)
  @ApiOperation({
    summary:
      "Import a plan's results matrix (CSV or XLSX): create its actions, link recommendations, define indicators " +
      '(dry run unless dryRun=false; re-importing a file changes nothing)',
  })
  @ApiConsumes(...IMPORT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiResponse({
    status: 200,
    type: ActionImportReportResponse,
    description: 'Dry run: what a commit would do',
  })
  @ApiResponse({
    status: 201,
    type: ActionImportReportResponse,
    description: 'Committed: what it did, per action',
  })
  @ProblemResponses(400, 'PLAN.NOT_FOUND', ...ACTION_FILE_PROBLEMS)
  async upload(
    @Param('id', PlanIdPipe) planId: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActionImportReport> {
    const user = request.user!;
    const report = await this.imports.run({
      planId,
      stream: request.body as AsyncIterable<Buffer>,
      dryRun: dryRunOf(dryRun),
      actor: { id: user.id, roles: user.roles },
      correlationId: headerOf(request, 'x-correlation-id'),
    });
    void reply.status(report.dryRun ? HttpStatus.OK : HttpStatus.CREATED);
    return report;
  }

  @Get('imports/templates/actions.csv')
  @ApiOperation({ summary: "A plan's results matrix template as CSV: its headings and one example row" })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: { 'text/csv': { schema: { type: 'string' } } } })
  template(@Res() reply: FastifyReply) {
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="actions-template.csv"')
      .send(actionMatrixTemplateCsv());
  }
}
