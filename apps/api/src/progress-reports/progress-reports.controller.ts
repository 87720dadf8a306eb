import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  GetProgressReportQuery,
  ListActionReportsQuery,
  ResubmitProgressReportCommand,
  ReturnProgressReportCommand,
  SubmitProgressReportCommand,
  ValidateProgressReportCommand,
  deterministicUuid,
  type CommandContext,
  type ProgressReportAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, LifecycleCommand, Roles, type AuthenticatedUser } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandAnswered } from '../http/command-answer.response';
import { CommandCtx } from '../http/command-context.decorator';
import {
  BODY_PROBLEMS,
  CorrelationHeader,
  ProblemResponses,
  READ_MODEL_PROBLEMS,
} from '../http/problem-responses.decorator';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { IDEMPOTENCY_KEY, LifecycleRoute } from '../recommendations/lifecycle-route.decorator';
import { ProgressReportBodyReader } from './progress-report-body.reader';
import {
  ProgressReportContentDto,
  ReturnProgressReportDto,
  SubmitProgressReportDto,
  ValidateProgressReportDto,
} from './progress-report.dto';
import { ProgressReportResponse } from './progress-report.response';
import { REPORT_READERS } from './report-readers';
import { ActionIdPipe, ReportIdPipe, reportScopeOf } from './report-scope';

const CONTENT_PROBLEMS = [
  'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE',
  'PROGRESS_REPORT.INVALID_PERIOD',
  'PROGRESS_REPORT.INDICATOR_VALUE_INVALID',
  'PROGRESS_REPORT.TEXT_REQUIRED',
] as const;
const ON_REPORT = ['PROGRESS_REPORT.NOT_FOUND', 'PROGRESS_REPORT.INVALID_TRANSITION'] as const;

@ApiTags('progress reports')
@Controller()
export class ProgressReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly bodies: ProgressReportBodyReader,
  ) {}

  @Post('actions/:id/progress-reports')
  @LifecycleCommand('submitProgressReport')
  @ApiOperation({
    summary:
      "Submit a progress report on an action (201 with Location): a focal point for their institution, if it leads or supports the action; the secretariat for any of the action's institutions",
  })
  @IDEMPOTENCY_KEY
  @CorrelationHeader()
  @CommandAnswered(201)
  @ProblemResponses(
    ...BODY_PROBLEMS,
    414,
    'ACTION.NOT_FOUND',
    'PROGRESS_REPORT.ACTION_CLOSED',
    'PROGRESS_REPORT.INSTITUTION_NOT_RESPONSIBLE',
    ...CONTENT_PROBLEMS,
    'IDEMPOTENCY_KEY_REUSED',
  )
  async submit(
    @Param('id', ActionIdPipe) actionId: string,
    @Body() body: SubmitProgressReportDto,
    @CurrentUser() user: AuthenticatedUser,
    @CommandCtx('submitProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    // With a key, a retried submission lands on the same report.
    const reportId = context.idempotencyKey
      ? deterministicUuid(context.actor.id, context.idempotencyKey, 'submitProgressReport')
      : randomUUID();
    const payload = { ...this.bodies.content(body), reportId, actionId, institutionId: body.institutionId };
    const result = await this.commands.execute(
      new SubmitProgressReportCommand(payload, reportScopeOf(user), context),
    );
    void reply.header('Location', `/progress-reports/${result.id}`);
    return commandAnswer(reply, result);
  }

  @LifecycleRoute(
    'progress-reports/:id/resubmit',
    'resubmitProgressReport',
    "Resubmit a returned report with its corrections: the reporting institution's focal point or the secretariat",
    [...ON_REPORT, ...CONTENT_PROBLEMS],
  )
  async resubmit(
    @Param('id', ReportIdPipe) reportId: string,
    @Body() body: ProgressReportContentDto,
    @CurrentUser() user: AuthenticatedUser,
    @CommandCtx('resubmitProgressReport') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = { ...this.bodies.content(body), reportId };
    const command = new ResubmitProgressReportCommand(payload, reportScopeOf(user), context);
    return commandAnswer(reply, await this.commands.execute(command));
  }

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
