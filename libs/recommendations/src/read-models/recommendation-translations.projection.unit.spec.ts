import { jsonMatching } from '@app/testing';
import type { RecommendationEvent } from '../domain';
import { RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import { hour, lifecycleAfter, row, toReviewed } from './lifecycle-projection.fixtures';

const CORRECTED_TEXT = 'Strengthen the generation, analysis and publication of disaggregated data.';

const russian = (text: string, language = 'ru'): RecommendationEvent => ({
  type: 'TranslationAdded',
  data: { language, text, translatedBy: 'UN Russian Translation Service' },
});

describe('recommendation lifecycle projection: corrections and translations', () => {
  it('RecommendationCorrected: the corrected fields, counted, re-indexed, in the same status', () => {
    lifecycleAfter([...toReviewed, decided.correct]).then({
      recommendations: [
        row({
          status: 'reviewed',
          position: 'supported',
          review_due_date: '2021-05-31',
          revision: 3,
          updated_at: hour(3),
          view: jsonMatching({ state: { text: CORRECTED_TEXT }, corrections: 1 }),
        }),
      ],
      recommendation_search: [{ rowid: 1, reference: 'UNCT-2021-01', text: CORRECTED_TEXT }],
    });
  });

  it('TranslationAdded: one row per language, the latest, and only its text in the search', () => {
    lifecycleAfter([decided.propose, russian('Черновик.'), russian('Окончательный перевод.', 'RU')]).then({
      recommendation_translations: [
        {
          recommendation_id: RECOMMENDATION_ID,
          language_key: 'ru',
          language: 'RU',
          text: 'Окончательный перевод.',
          translated_by: 'UN Russian Translation Service',
          added_at: hour(2),
          search_rowid: 3,
        },
      ],
      recommendation_translation_search: [{ rowid: 3, seq: 1, text: 'Окончательный перевод.' }],
    });
  });
});
