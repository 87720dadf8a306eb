import { Body, Controller, Get, HttpCode, HttpStatus, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetProgressReportQuery,
  ListActionReportsQuery,
  ReturnProgressReportCommand,
  ValidateProgressReportCommand,
  type CommandContext,
  type ProgressReportAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { LifecycleRoute } from '../recommendations/lifecycle-route.decorator';
import { ReturnProgressReportDto, ValidateProgressReportDto } from './progress-report.dto';
import { ProgressReportResponse } from './progress-report.response';
import { REPORT_READERS } from './report-readers';
import { ActionIdPipe, ReportIdPipe, reportScopeOf } from './report-scope';

const ON_REPORT = ['PROGRESS_REPORT.NOT_FOUND', 'PROGRESS_REPORT.INVALID_TRANSITION'] as const;

/** The secretariat's answers to a report, and reading reports (submissions: ReportSubmissionsController). */
@ApiTags('progress reports')
@Controller()
export class ProgressReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @LifecycleRoute(
    'progress-reports/:id/return',
    'returnProgressReport',
    'Return a submitted report to its institution with a comment saying what to correct',
    [...ON_REPORT, 'PROGRESS_REPORT.TEXT_REQUIRED'],
  )
  async return(
    @Param('id', ReportIdPipe) reportId: string,
    @Body() body: ReturnProgressReportDto,
    @CommandCtx('returnProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const command = new ReturnProgressReportCommand({ reportId, comment: body.comment }, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }

  @LifecycleRoute(
    'progress-reports/:id/validate',
    'validateProgressReport',
    'Validate a submitted report: from then on it counts in plan progress and reports',
    [...ON_REPORT],
  )
  async validate(
    @Param('id', ReportIdPipe) reportId: string,
    @Body() body: ValidateProgressReportDto,
    @CommandCtx('validateProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = body.comment === undefined ? { reportId } : { reportId, comment: body.comment };
    return commandAnswer(
      reply,
      await this.commands.execute(new ValidateProgressReportCommand(payload, context)),
    );
  }

  @Get('progress-reports/:id')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary:
      "One progress report (404 PROGRESS_REPORT.NOT_FOUND, also for another institution's, to a focal point)",
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: ProgressReportResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'PROGRESS_REPORT.NOT_FOUND')
  async get(
    @Param('id', ReportIdPipe) id: string,
    @Query() query: ConsistencyDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgressReportAnswer> {
    const consistentWith = positionOf(query.consistentWith);
    return answerWith(
      reply,
      await this.queries.execute(new GetProgressReportQuery(id, reportScopeOf(user), consistentWith)),
    );
  }

  @Get('actions/:id/progress-reports')
  @HttpCode(HttpStatus.OK)
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary: "An action's progress reports, latest period first; a focal point sees their institution's only",
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: ProgressReportResponse, isArray: true })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'ACTION.NOT_FOUND')
  async list(
    @Param('id', ActionIdPipe) actionId: string,
    @Query() query: ConsistencyDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgressReportAnswer[]> {
    const consistentWith = positionOf(query.consistentWith);
    const answer = await this.queries.execute(
      new ListActionReportsQuery(actionId, reportScopeOf(user), consistentWith),
    );
    return answerWith(reply, answer);
  }
}
