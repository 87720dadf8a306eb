import { Body, Controller, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { type Command, CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import {
  AddTranslationCommand,
  AmendRecommendationCommand,
  CorrectRecommendationCommand,
  ArchiveRecommendationCommand,
  DeferResponseCommand,
  MarkImplementedCommand,
  ProposeRecommendationCommand,
  RecordPositionCommand,
  ReflectInPlanCommand,
  ReopenReviewCommand,
  ReportProgressCommand,
  ScheduleReviewCommand,
  UpdatePlanLinkCommand,
  WithdrawRecommendationCommand,
  deterministicUuid,
  type CommandContext,
  type CommandResult,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { LifecycleCommand } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandAnswered } from '../http/command-answer.response';
import { BODY_PROBLEMS, CorrelationHeader, ProblemResponses } from '../http/problem-responses.decorator';
import { CommandCtx } from '../http/command-context.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { AddTranslationDto } from './dto/add-translation.dto';
import { AmendRecommendationDto } from './dto/amend-recommendation.dto';
import { CorrectRecommendationDto } from './dto/correct-recommendation.dto';
import { withControlledVocabulary } from './dto/controlled-vocabulary';
import {
  DeferResponseDto,
  MarkImplementedDto,
  ReasonDto,
  RecordPositionDto,
  ReflectInPlanDto,
  ReopenReviewDto,
  ReportProgressDto,
  ScheduleReviewDto,
  UpdatePlanLinkDto,
} from './dto/lifecycle.dto';
import { ProposeRecommendationDto } from './dto/propose-recommendation.dto';
import { DATED, IDEMPOTENCY_KEY, JUSTIFIED, LifecycleRoute } from './lifecycle-route.decorator';
import { RecommendationIdPipe } from './recommendation-id.pipe';

@ApiTags('recommendation commands')
@Controller('recommendations')
export class RecommendationCommandsController {
  constructor(private readonly commands: CommandBus) {}

  private async run(command: Command<CommandResult>, reply: FastifyReply): Promise<CommandAnswer> {
    return commandAnswer(reply, await this.commands.execute(command));
  }

  @Post()
  @LifecycleCommand('propose')
  @ApiOperation({ summary: 'Propose a recommendation (201 with Location)' })
  @IDEMPOTENCY_KEY
  @CorrelationHeader()
  @CommandAnswered(201)
  @ProblemResponses(...BODY_PROBLEMS, 'RECOMMENDATION.DUPLICATE_REFERENCE', 'IDEMPOTENCY_KEY_REUSED')
  async propose(
    @Body() body: ProposeRecommendationDto,
    @CommandCtx('propose') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const fields = withControlledVocabulary(body);
    // With a key, a retried proposal lands on the same recommendation id.
    const recommendationId = context.idempotencyKey
      ? deterministicUuid(context.actor.id, context.idempotencyKey, 'propose')
      : randomUUID();
    const payload = {
      type: 'propose' as const,
      recommendationId,
      ...fields,
      themes: fields.themes ?? [],
      sdgTargets: fields.sdgTargets ?? [],
      affectedGroups: fields.affectedGroups ?? [],
    };
    const result = await this.commands.execute(new ProposeRecommendationCommand(payload, context));
    void reply.status(HttpStatus.CREATED).header('Location', `/recommendations/${result.id}`);
    return commandAnswer(reply, result);
  }

  @LifecycleRoute(':id/amend', 'amend', 'Amend a proposed recommendation (any proposal field but reference)')
  async amend(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: AmendRecommendationDto,
    @CommandCtx('amend') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    requireSomeField(body, 'body', 'name at least one field to amend');
    return this.run(
      new AmendRecommendationCommand(
        { type: 'amend', recommendationId: id, ...withControlledVocabulary(body) },
        context,
      ),
      reply,
    );
  }

  @LifecycleRoute(':id/schedule-review', 'scheduleReview', 'Put the recommendation on the commission agenda')
  async scheduleReview(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ScheduleReviewDto,
    @CommandCtx('scheduleReview') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new ScheduleReviewCommand({ type: 'scheduleReview', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/record-position',
    'recordPosition',
    "Record the commission's position, with its rationale or the source's response, and when it was decided",
    [...JUSTIFIED, ...DATED],
  )
  async recordPosition(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: RecordPositionDto,
    @CommandCtx('recordPosition') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new RecordPositionCommand({ type: 'recordPosition', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/defer-response',
    'deferResponse',
    'Record that the response is deferred: the position shows as pending until one is recorded',
    [...JUSTIFIED, ...DATED],
  )
  async deferResponse(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: DeferResponseDto,
    @CommandCtx('deferResponse') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new DeferResponseCommand({ type: 'deferResponse', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/reopen-review',
    'reopenReview',
    'Reopen the review of a reviewed recommendation, with the reason',
    JUSTIFIED,
  )
  async reopenReview(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReopenReviewDto,
    @CommandCtx('reopenReview') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new ReopenReviewCommand({ type: 'reopenReview', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/reflect-in-plan',
    'reflectInPlan',
    'Reflect a supported recommendation in a national plan (only planId is required)',
    ['RECOMMENDATION.POSITION_NOT_SUPPORTED', 'PLAN.UNKNOWN', 'PLAN.TARGET_OUTSIDE_PERIOD'],
  )
  async reflectInPlan(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReflectInPlanDto,
    @CommandCtx('reflectInPlan') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new ReflectInPlanCommand({ type: 'reflectInPlan', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/update-plan-link',
    'updatePlanLink',
    "Add or change a planned recommendation's action, responsible institutions or target date",
    ['PLAN.TARGET_OUTSIDE_PERIOD'],
  )
  async updatePlanLink(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: UpdatePlanLinkDto,
    @CommandCtx('updatePlanLink') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    if (Object.values(body).every((value) => value === undefined)) {
      throw new RequestValidationError([
        { field: 'body', message: 'name at least one of actionRef, responsibleInstitutions, targetDate' },
      ]);
    }
    return this.run(
      new UpdatePlanLinkCommand({ type: 'updatePlanLink', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/report-progress',
    'reportProgress',
    'Report implementation progress of a planned recommendation',
  )
  async reportProgress(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReportProgressDto,
    @CommandCtx('reportProgress') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new ReportProgressCommand({ type: 'reportProgress', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/mark-implemented',
    'markImplemented',
    'Mark a planned recommendation implemented, with the assessment',
    JUSTIFIED,
  )
  async markImplemented(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: MarkImplementedDto,
    @CommandCtx('markImplemented') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new MarkImplementedCommand({ type: 'markImplemented', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/withdraw',
    'withdraw',
    'Withdraw a recommendation before a position is recorded',
    JUSTIFIED,
  )
  async withdraw(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReasonDto,
    @CommandCtx('withdraw') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new WithdrawRecommendationCommand({ type: 'withdraw', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/archive',
    'archive',
    'Archive a reviewed, planned or implemented recommendation',
    JUSTIFIED,
  )
  async archive(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: ReasonDto,
    @CommandCtx('archive') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    return this.run(
      new ArchiveRecommendationCommand({ type: 'archive', recommendationId: id, ...body }, context),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/correct',
    'correct',
    'Correct proposal fields at any status, with the reason; the original event is kept',
    JUSTIFIED,
  )
  async correct(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: CorrectRecommendationDto,
    @CommandCtx('correct') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    requireSomeField(body.changes, 'changes', 'changes must name at least one field to correct');
    return this.run(
      new CorrectRecommendationCommand(
        {
          type: 'correct',
          recommendationId: id,
          changes: withControlledVocabulary(body.changes, 'changes.'),
          reason: body.reason,
        },
        context,
      ),
      reply,
    );
  }

  @LifecycleRoute(
    ':id/translations',
    'addTranslation',
    'Add a translation of the text; a later one in the same language replaces it in the read model',
    ['RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE'],
  )
  async addTranslation(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: AddTranslationDto,
    @CommandCtx('addTranslation') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const { language, text, translatedBy } = body;
    return this.run(
      new AddTranslationCommand(
        {
          type: 'addTranslation',
          recommendationId: id,
          language,
          text,
          translatedBy: translatedBy ?? context.actor.id,
        },
        context,
      ),
      reply,
    );
  }
}

/** An edit that names no field is refused before the decider, naming where the fields belong. */
function requireSomeField(fields: object, field: string, message: string): void {
  if (Object.values(fields).every((value) => value === undefined)) {
    throw new RequestValidationError([{ field, message }]);
  }
}
