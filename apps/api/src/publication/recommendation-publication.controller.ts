import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  PublishRecommendationCommand,
  UnpublishRecommendationCommand,
  type CommandContext,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { CommandCtx } from '../http/command-context.decorator';
import { LifecycleRoute } from '../recommendations/lifecycle-route.decorator';
import { RecommendationIdPipe } from '../recommendations/recommendation-id.pipe';
import { PUBLIC } from './publication.controller';
import { PublishRecommendationDto } from './publish-recommendation.dto';

/** Recommendations the secretariat puts on the public portal (issue 18); nothing is public by default. */
@ApiTags('publication')
@Controller('recommendations')
export class RecommendationPublicationController {
  constructor(private readonly commands: CommandBus) {}

  @LifecycleRoute(
    ':id/publish',
    'publish',
    `Publish a recommendation (${PUBLIC}); again with another rationalePublic to show or hide the rationale`,
  )
  async publishRecommendation(
    @Param('id', RecommendationIdPipe) id: string,
    @Body() body: PublishRecommendationDto,
    @CommandCtx('publish') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const payload = { type: 'publish', recommendationId: id, rationalePublic: body.rationalePublic } as const;
    return commandAnswer(
      reply,
      await this.commands.execute(new PublishRecommendationCommand(payload, context)),
    );
  }

  @LifecycleRoute(
    ':id/unpublish',
    'unpublish',
    'Take a recommendation off the public portal; nothing recorded when not published',
  )
  async unpublishRecommendation(
    @Param('id', RecommendationIdPipe) id: string,
    @CommandCtx('unpublish') context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const command = new UnpublishRecommendationCommand({ type: 'unpublish', recommendationId: id }, context);
    return commandAnswer(reply, await this.commands.execute(command));
  }
}
