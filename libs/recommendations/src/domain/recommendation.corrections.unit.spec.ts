import { deciderSpec } from '@app/testing';
import { RationaleRequiredError, TranslationInOriginalLanguageError } from './domain.errors';
import { recommendationDecider } from './recommendation.decider';
import { command, decided, historyTo } from './recommendation.fixtures';
import type { RecommendationStatus } from './recommendation.state';

const recommendation = deciderSpec(recommendationDecider);

const EXISTING: RecommendationStatus[] = [
  'proposed',
  'under_review',
  'reviewed',
  'planned',
  'implemented',
  'withdrawn',
  'archived',
];

describe('correct', () => {
  it.each(EXISTING)('from %s: records the correction and keeps the status', (status) => {
    const after = recommendation.given(historyTo[status]).when(command.correct).then([decided.correct]);

    expect(after.status).toBe(status);
    expect(after).toMatchObject({ text: command.correct.changes.text });
  });

  it('corrects the source of a planned recommendation, whatever shape the source has', () => {
    const source = { ...decided.propose.data.source, document: 'Country programme document 2021-2025' };
    const after = recommendation
      .given(historyTo.planned)
      .when({ ...command.correct, changes: { source } })
      .then([
        { type: 'RecommendationCorrected', data: { changes: { source }, reason: command.correct.reason } },
      ]);

    expect(after).toMatchObject({ status: 'planned', source });
  });

  it('drops a change equal to the current value and keeps the others', () => {
    const { text, themes } = decided.propose.data;
    recommendation
      .given(historyTo.reviewed)
      .when({ ...command.correct, changes: { text, themes: ['Statistics'] } })
      .then([
        {
          type: 'RecommendationCorrected',
          data: { changes: { themes: ['Statistics'] }, reason: command.correct.reason },
        },
      ]);
    expect(themes).not.toEqual(['Statistics']);
  });

  it('records nothing when every change equals the current value, so a retried correction is harmless', () => {
    recommendation
      .given([...historyTo.reviewed, decided.correct])
      .when(command.correct)
      .then([]);
  });

  it('refuses a blank reason', () => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...command.correct, reason: '  ' })
      .thenThrows(RationaleRequiredError, { code: 'RECOMMENDATION.RATIONALE_REQUIRED', field: 'reason' });
  });
});

describe('addTranslation', () => {
  it.each(EXISTING)('from %s: records the translation and keeps the status and the original', (status) => {
    const after = recommendation
      .given(historyTo[status])
      .when(command.addTranslation)
      .then([decided.addTranslation]);

    expect(after).toMatchObject({ status, text: decided.propose.data.text, language: 'en' });
  });

  it('records a second translation in the same language too: the history keeps both', () => {
    const second = { ...command.addTranslation, text: 'Усилить сбор и публикацию дезагрегированных данных.' };
    recommendation
      .given([...historyTo.planned, decided.addTranslation])
      .when(second)
      .then([{ type: 'TranslationAdded', data: { ...decided.addTranslation.data, text: second.text } }]);
  });

  it.each(['en', 'EN'])('refuses a translation into the original language (%s)', (language) => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...command.addTranslation, language })
      .thenThrows(TranslationInOriginalLanguageError, {
        code: 'RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE',
        language,
      });
  });
});
