import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  InboxQuery,
  ValidationQueueQuery,
  type Inbox,
  type ProgressReportAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../auth';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { ConsistencyDto, positionOf } from '../queries/read-model-params';
import { InboxDto } from './inbox.dto';
import { InboxResponse, ProgressReportResponse } from './progress-report.response';
import { inboxInstitution } from './report-scope';

@ApiTags('progress reports')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get('inbox')
  @Roles('focal_point', 'secretariat')
  @ApiOperation({
    summary:
      "A focal point's institution's actions with their reports: returned ones to resubmit first, due and overdue periods. The secretariat names the institution (?institution=)",
  })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: InboxResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE')
  async inbox(
    @Query() query: InboxDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Inbox> {
    const institution = inboxInstitution(user, query.institution);
    if (institution === undefined) {
      throw new RequestValidationError([
        { field: 'institution', message: 'institution is required for this caller' },
      ]);
    }
    const answer = await this.queries.execute(new InboxQuery(institution, positionOf(query.consistentWith)));
    return answerWith(reply, answer);
  }

  @Get('validation-queue')
  @Roles('secretariat')
  @ApiOperation({ summary: 'Submitted progress reports waiting for validation, the longest-waiting first' })
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: ProgressReportResponse, isArray: true })
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  async validationQueue(
    @Query() query: ConsistencyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgressReportAnswer[]> {
    return answerWith(
      reply,
      await this.queries.execute(new ValidationQueueQuery(positionOf(query.consistentWith))),
    );
  }
}
