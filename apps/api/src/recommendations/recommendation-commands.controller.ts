import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  AmendRecommendationCommand,
  ArchiveRecommendationCommand,
  MarkImplementedCommand,
  ProposeRecommendationCommand,
  RecordPositionCommand,
  ReflectInPlanCommand,
  ReopenReviewCommand,
  ReportProgressCommand,
  ScheduleReviewCommand,
  WithdrawRecommendationCommand,
  deterministicUuid,
  type CommandContext,
} from '@app/recommendations';
import type { Response } from 'express';
import { LifecycleCommand } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { AmendRecommendationDto } from './dto/amend-recommendation.dto';
import {
  MarkImplementedDto,
  ReasonDto,
  RecordPositionDto,
  ReflectInPlanDto,
  ReopenReviewDto,
  ReportProgressDto,
  ScheduleReviewDto,
} from './dto/lifecycle.dto';
import { ProposeRecommendationDto } from './dto/propose-recommendation.dto';
import { RecommendationIdPipe } from './recommendation-id.pipe';

const IF_MATCH = ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The revision you last saw, e.g. "3"; 409 if it moved on',
});
const IDEMPOTENCY_KEY = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key and body appends nothing',
});

@ApiTags('recommendation commands')
@Controller('recommendations')
export class RecommendationCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @LifecycleCommand('propose')
  @ApiOperation({ summary: 'Propose a recommendation (201 with Location)' })
  @IDEMPOTENCY_KEY
  async propose(
    @Body() body: ProposeRecommendationDto,
    @CommandCtx('propose') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    // With a key, a retried proposal lands on the same recommendation id.
    const recommendationId = context.idempotencyKey
      ? deterministicUuid(context.actor.id, context.idempotencyKey, 'propose')
      : randomUUID();
    const payload = {
      type: 'propose' as const,
      recommendationId,
      ...body,
      themes: body.themes ?? [],
      sdgTargets: body.sdgTargets ?? [],
      affectedGroups: body.affectedGroups ?? [],
    };
    const result = await this.commands.execute(new ProposeRecommendationCommand(payload, context));
    response.status(HttpStatus.CREATED).setHeader('Location', `/recommendations/${result.id}`);
    return commandAnswer(response, result);
  }

  @Post(':id/amend')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('amend')
  @ApiOperation({ summary: 'Amend a proposed recommendation (any proposal field but reference)' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async amend(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: AmendRecommendationDto,
    @CommandCtx('amend') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    if (Object.values(body).every((value) => value === undefined)) {
      throw new RequestValidationError([{ field: 'body', message: 'name at least one field to amend' }]);
    }
    const result = await this.commands.execute(
      new AmendRecommendationCommand({ type: 'amend', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/schedule-review')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('scheduleReview')
  @ApiOperation({ summary: 'Put the recommendation on the commission agenda' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async scheduleReview(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ScheduleReviewDto,
    @CommandCtx('scheduleReview') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new ScheduleReviewCommand({ type: 'scheduleReview', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/record-position')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('recordPosition')
  @ApiOperation({ summary: "Record the commission's position, with its rationale" })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async recordPosition(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: RecordPositionDto,
    @CommandCtx('recordPosition') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new RecordPositionCommand({ type: 'recordPosition', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/reopen-review')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('reopenReview')
  @ApiOperation({ summary: 'Reopen the review of a reviewed recommendation, with the reason' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async reopenReview(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReopenReviewDto,
    @CommandCtx('reopenReview') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new ReopenReviewCommand({ type: 'reopenReview', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/reflect-in-plan')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('reflectInPlan')
  @ApiOperation({ summary: 'Reflect a supported recommendation in a national plan' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async reflectInPlan(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReflectInPlanDto,
    @CommandCtx('reflectInPlan') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new ReflectInPlanCommand({ type: 'reflectInPlan', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/report-progress')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('reportProgress')
  @ApiOperation({ summary: 'Report implementation progress of a planned recommendation' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async reportProgress(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReportProgressDto,
    @CommandCtx('reportProgress') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new ReportProgressCommand({ type: 'reportProgress', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/mark-implemented')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('markImplemented')
  @ApiOperation({ summary: 'Mark a planned recommendation implemented, with the assessment' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async markImplemented(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: MarkImplementedDto,
    @CommandCtx('markImplemented') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new MarkImplementedCommand({ type: 'markImplemented', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('withdraw')
  @ApiOperation({ summary: 'Withdraw a recommendation before a position is recorded' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async withdraw(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReasonDto,
    @CommandCtx('withdraw') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new WithdrawRecommendationCommand({ type: 'withdraw', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }

  @Post(':id/archive')
  @HttpCode(HttpStatus.OK)
  @LifecycleCommand('archive')
  @ApiOperation({ summary: 'Archive a reviewed, planned or implemented recommendation' })
  @IF_MATCH
  @IDEMPOTENCY_KEY
  async archive(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReasonDto,
    @CommandCtx('archive') context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandAnswer> {
    const result = await this.commands.execute(
      new ArchiveRecommendationCommand({ type: 'archive', recommendationId: id, ...body }, context),
    );
    return commandAnswer(response, result);
  }
}
