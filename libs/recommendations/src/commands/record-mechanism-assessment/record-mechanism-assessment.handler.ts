import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@app/config';
import { EventStreamRepository, latestCalendarDate, type CommandResult } from '../common';
import { RecordMechanismAssessmentCommand } from './record-mechanism-assessment.command';

@CommandHandler(RecordMechanismAssessmentCommand)
export class RecordMechanismAssessmentHandler implements ICommandHandler<RecordMechanismAssessmentCommand> {
  constructor(
    private readonly streams: EventStreamRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: RecordMechanismAssessmentCommand): Promise<CommandResult> {
    return this.streams.decideRecommendation(
      { ...payload, type: 'recordMechanismAssessment', today: latestCalendarDate(this.clock()) },
      context,
    );
  }
}
