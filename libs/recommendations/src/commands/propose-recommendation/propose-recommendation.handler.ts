import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DuplicateReferenceError, decide, recommendationDecider } from '../../domain';
import { EventStreamRepository, recommendationStream, referenceStream, type CommandResult } from '../shared';
import { ProposeRecommendationCommand } from './propose-recommendation.command';

@CommandHandler(ProposeRecommendationCommand)
export class ProposeRecommendationHandler implements ICommandHandler<ProposeRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ProposeRecommendationCommand): Promise<CommandResult> {
    const { recommendationId, reference } = payload;
    // The reference's own stream, claimed with no_stream, makes two concurrent proposals with one reference impossible.
    await this.streams.claim(
      referenceStream(reference),
      'ReferenceReserved',
      { reference, recommendationId },
      context,
      (held) => new DuplicateReferenceError(reference, String(held.recommendationId)),
    );
    const stream = recommendationStream(recommendationId);
    const appended = await this.streams.execute(
      stream,
      recommendationDecider,
      (state) => decide(payload, state),
      context,
    );
    return { id: recommendationId, ...appended };
  }
}
