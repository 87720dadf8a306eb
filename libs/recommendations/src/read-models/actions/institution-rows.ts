import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Write } from '@app/projections';
import type { InstitutionEvent, InstitutionNames } from '../../domain';
import { INSTITUTION_STREAM_PREFIX } from '../../commands/common/stream-names';
import { ACTION_TABLES } from './action-tables';

/** The registry row, registered or updated; a revision already applied changes nothing. */
export function institutionWrites(event: RecordedEvent, decoded: InstitutionEvent, view: ReadView): Write[] {
  const institutionId = event.stream.slice(INSTITUTION_STREAM_PREFIX.length);
  const row = view.get(ACTION_TABLES.institutions, { institution_id: institutionId });
  if (row && BigInt(row.revision as bigint) >= event.revision) return [];
  if (decoded.type === 'InstitutionRegistered') {
    const { names, kind, abbreviation } = decoded.data;
    return [
      {
        kind: 'upsert',
        table: ACTION_TABLES.institutions,
        key: ['institution_id'],
        row: {
          institution_id: institutionId,
          ...nameColumns(names),
          kind,
          abbreviation: abbreviation ?? null,
          revision: event.revision,
          position: event.position,
        },
      },
    ];
  }
  if (!row) return [];
  const { names, kind, abbreviation } = decoded.data;
  const set = {
    ...(names === undefined ? {} : nameColumns(names)),
    ...(kind === undefined ? {} : { kind }),
    ...(abbreviation === undefined ? {} : { abbreviation }),
    revision: event.revision,
  };
  return [
    { kind: 'update', table: ACTION_TABLES.institutions, where: { institution_id: institutionId }, set },
  ];
}

const nameColumns = (names: InstitutionNames) => ({
  name_en: names.en,
  name_ru: names.ru ?? null,
  name_tk: names.tk ?? null,
});
