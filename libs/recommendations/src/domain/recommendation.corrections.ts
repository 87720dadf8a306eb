import { TranslationInOriginalLanguageError } from './domain.errors';
import { changedFields } from './recommendation.amend';
import type { AddTranslation, Correct } from './recommendation.commands';
import type { RecommendationEvent } from './recommendation.events';
import type { Proposal } from './recommendation.state';

/** Changes equal to the current value are dropped; a correction left with none records nothing, as an amendment. */
export function correctionOf(command: Correct, current: Proposal): RecommendationEvent[] {
  const changes = changedFields(command.changes, current);
  return Object.keys(changes).length === 0
    ? []
    : [{ type: 'RecommendationCorrected', data: { changes, reason: command.reason } }];
}

/** Language tags compare case-insensitively (BCP 47), so `EN` is the original's `en`. */
export function translationOf(command: AddTranslation, current: Proposal): RecommendationEvent[] {
  if (command.language.toLowerCase() === current.language.toLowerCase()) {
    throw new TranslationInOriginalLanguageError(command.language);
  }
  const { language, text, translatedBy } = command;
  return [{ type: 'TranslationAdded', data: { language, text, translatedBy } }];
}
