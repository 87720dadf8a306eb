import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  ReportAdmission,
  ResubmitProgressReportCommand,
  SubmitProgressReportCommand,
  deterministicUuid,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, LifecycleCommand, type AuthenticatedRequest, type AuthenticatedUser } from '../auth';
import { ApiBodies } from '../http/body-content-types';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandAnswered } from '../http/command-answer.response';
import { commandContextOf } from '../http/command-context.decorator';
import { BODY_PROBLEMS, CorrelationHeader, ProblemResponses } from '../http/problem-responses.decorator';
import { IDEMPOTENCY_KEY, LifecycleRoute } from '../recommendations/lifecycle-route.decorator';
import { ProgressReportBodyReader } from './progress-report-body.reader';
import { ProgressReportContentDto, SubmitProgressReportDto } from './progress-report.dto';
import { REPORT_FILE_PROBLEMS, reportBodies } from './report-bodies';
import { ActionIdPipe, ReportIdPipe, reportScopeOf } from './report-scope';

const CONTENT_PROBLEMS = [
  'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE',
  'PROGRESS_REPORT.INVALID_PERIOD',
  'PROGRESS_REPORT.INDICATOR_VALUE_INVALID',
  'PROGRESS_REPORT.TEXT_REQUIRED',
  ...REPORT_FILE_PROBLEMS,
] as const;
const CONTENT_FIELDS = ['periodStart', 'periodEnd', 'narrative'];

/** Submissions and resubmissions of reports: JSON, or multipart/form-data with evidence files (docs/evidence.md). */
@ApiTags('progress reports')
@ApiExtraModels(SubmitProgressReportDto, ProgressReportContentDto)
@Controller()
export class ReportSubmissionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly bodies: ProgressReportBodyReader,
    private readonly admission: ReportAdmission,
  ) {}

  @Post('actions/:id/progress-reports')
  @LifecycleCommand('submitProgressReport')
  @ApiOperation({
    summary:
      "Submit a progress report on an action (201 with Location): a focal point for their institution, if it leads or supports the action; the secretariat for any of the action's institutions. With evidence files: multipart/form-data",
  })
  @ApiBodies(reportBodies(SubmitProgressReportDto, [...CONTENT_FIELDS, 'institutionId']))
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
    @Req() request: AuthenticatedRequest,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const reporter = reportScopeOf(user);
    const { body, content, hashed } = await this.bodies.read(request, SubmitProgressReportDto, () =>
      this.admission.submission(actionId, reporter),
    );
    const context = commandContextOf(request, 'submitProgressReport', hashed);
    // With a key, a retried submission lands on the same report.
    const reportId = context.idempotencyKey
      ? deterministicUuid(context.actor.id, context.idempotencyKey, 'submitProgressReport')
      : randomUUID();
    const payload = { ...content, reportId, actionId, institutionId: body.institutionId };
    const result = await this.commands.execute(new SubmitProgressReportCommand(payload, reporter, context));
    void reply.header('Location', `/progress-reports/${result.id}`);
    return commandAnswer(reply, result);
  }

  @LifecycleRoute(
    'progress-reports/:id/resubmit',
    'resubmitProgressReport',
    "Resubmit a returned report with its corrections: the reporting institution's focal point or the secretariat. New evidence files (multipart/form-data) are added to the report's",
    ['PROGRESS_REPORT.NOT_FOUND', 'PROGRESS_REPORT.INVALID_TRANSITION', ...CONTENT_PROBLEMS],
  )
  @ApiBodies(reportBodies(ProgressReportContentDto, CONTENT_FIELDS))
  async resubmit(
    @Param('id', ReportIdPipe) reportId: string,
    @Req() request: AuthenticatedRequest,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const reporter = reportScopeOf(user);
    const { content, hashed } = await this.bodies.read(request, ProgressReportContentDto, () =>
      this.admission.resubmission(reportId, reporter),
    );
    const context = commandContextOf(request, 'resubmitProgressReport', hashed);
    const command = new ResubmitProgressReportCommand({ ...content, reportId }, reporter, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }
}
