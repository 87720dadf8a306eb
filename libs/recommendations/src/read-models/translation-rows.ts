import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Write } from '@app/projections';
import type { TranslationAdded } from '../domain';
import { eventTime } from './projected-event';
import { TABLES } from './read-model.tables';
import type { RecommendationView } from './recommendation-view';

/** Language tags compare case-insensitively (BCP 47): `RU` replaces `ru`. */
export const languageKey = (language: string): string => language.toLowerCase();

/**
 * The latest translation per language, and its text in the search; a later one in the same language replaces
 * both rows. Its search rowid is the event's log position: unique, and kept on the row to delete it later.
 */
export function translationRows(
  id: string,
  view: RecommendationView,
  event: RecordedEvent,
  translation: TranslationAdded,
  read: ReadView,
): Write[] {
  const { language, text, translatedBy } = translation.data;
  const key = { recommendation_id: id, language_key: languageKey(language) };
  const replaced = read.get(TABLES.translations, key);
  const searchRowid = event.position;
  return [
    ...(replaced
      ? [
          {
            kind: 'delete',
            table: TABLES.translationSearch,
            where: { rowid: replaced.search_rowid },
          } as const,
        ]
      : []),
    {
      kind: 'upsert',
      table: TABLES.translations,
      key: ['recommendation_id', 'language_key'],
      row: {
        ...key,
        language,
        text,
        translated_by: translatedBy,
        added_at: eventTime(event),
        search_rowid: searchRowid,
      },
    },
    {
      kind: 'insert',
      table: TABLES.translationSearch,
      row: { rowid: searchRowid, seq: BigInt(view.seq), text },
    },
  ];
}
