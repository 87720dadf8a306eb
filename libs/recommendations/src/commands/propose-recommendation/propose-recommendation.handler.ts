import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DuplicateReferenceError } from '../../domain';
import { EventStreamRepository, referenceStream, type CommandResult } from '../shared';
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
    return this.streams.decideRecommendation(payload, context);
  }
}
