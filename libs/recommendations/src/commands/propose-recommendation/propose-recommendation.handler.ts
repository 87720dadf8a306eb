import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { JsonObject } from '@app/event-store';
import { DuplicateReferenceError } from '../../domain';
import { EventStreamRepository, referenceStream, type CommandResult } from '../common';
import { ProposeRecommendationCommand } from './propose-recommendation.command';

@CommandHandler(ProposeRecommendationCommand)
export class ProposeRecommendationHandler implements ICommandHandler<ProposeRecommendationCommand> {
  constructor(private readonly streams: EventStreamRepository) {}

  async execute({ payload, context }: ProposeRecommendationCommand): Promise<CommandResult> {
    const { recommendationId, reference } = payload;
    // The reference's own stream, claimed with no_stream, makes two concurrent proposals with one reference impossible;
    // it is written with the proposal, so a refused proposal reserves nothing.
    const referenceClaim = {
      stream: referenceStream(reference),
      type: 'ReferenceReserved',
      data: { reference, recommendationId },
      conflict: (held: JsonObject) => new DuplicateReferenceError(reference, String(held.recommendationId)),
    };
    return this.streams.decideRecommendation(payload, context, [referenceClaim]);
  }
}
