import { Body, Controller, Delete, Param, Res } from '@nestjs/common';
import { type Command, CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  LinkRecommendationCommand,
  RecordMechanismAssessmentCommand,
  UnlinkRecommendationCommand,
  type CommandContext,
  type CommandResult,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { MechanismAssessmentDto, RecommendationLinkDto } from './dto/links.dto';
import { LifecycleRoute } from './lifecycle-route.decorator';
import { RecommendationIdPipe } from './recommendation-id.pipe';

/** Links between recommendations and the mechanisms' own assessments: commands on the recommendation in the path. */
@ApiTags('recommendation commands')
@Controller('recommendations')
export class RecommendationLinksController {
  constructor(private readonly commands: CommandBus) {}

  private async run(command: Command<CommandResult>, reply: FastifyReply): Promise<CommandAnswer> {
    return commandAnswer(reply, await this.commands.execute(command));
  }

  @LifecycleRoute(
    ':id/links',
    'linkRecommendation',
    'Link this recommendation to another (duplicates, carried_over_from the older one, related); both show it',
    ['RECOMMENDATION.LINK_TO_ITSELF', 'RECOMMENDATION.LINK_TARGET_UNKNOWN', 'RECOMMENDATION.LINK_EXISTS'],
  )
  async link(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: RecommendationLinkDto,
    @CommandCtx('linkRecommendation') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = {
      type: 'linkRecommendation' as const,
      recommendationId: id,
      kind: body.kind,
      otherRecommendationId: body.recommendationId.toLowerCase(),
    };
    return this.run(new LinkRecommendationCommand(payload, context), reply);
  }

  @LifecycleRoute(
    ':id/links',
    'unlinkRecommendation',
    'Remove a link this recommendation declared (the body names it as when it was added)',
    ['RECOMMENDATION.LINK_NOT_FOUND'],
    Delete,
  )
  async unlink(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: RecommendationLinkDto,
    @CommandCtx('unlinkRecommendation') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = {
      type: 'unlinkRecommendation' as const,
      recommendationId: id,
      kind: body.kind,
      otherRecommendationId: body.recommendationId.toLowerCase(),
    };
    return this.run(new UnlinkRecommendationCommand(payload, context), reply);
  }

  @LifecycleRoute(
    ':id/mechanism-assessments',
    'recordMechanismAssessment',
    "Record a mechanism's own assessment (treaty body follow-up grade, ODIHR), kept beside the State's",
    ['RECOMMENDATION.GRADE_NOT_ON_SCALE', 'RECOMMENDATION.ASSESSED_ON_IN_FUTURE'],
  )
  async recordMechanismAssessment(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: MechanismAssessmentDto,
    @CommandCtx('recordMechanismAssessment') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = { type: 'recordMechanismAssessment' as const, recommendationId: id, ...body };
    return this.run(new RecordMechanismAssessmentCommand(payload, context), reply);
  }
}
