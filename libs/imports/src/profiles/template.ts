import { positionForResponse } from '@app/recommendations';
import { mechanismKindFor } from '../candidates/mechanism';
import { ROW_ERROR_CODES } from '../candidates/row-error-codes';
import type { ImportProfile } from './import-profile';

const LANGUAGE = /^[a-z]{2,3}$/;

/** The project's own template (docs/imports.md), one recommendation per row; lists in a cell are separated by ";". */
export const TEMPLATE_PROFILE: ImportProfile = {
  name: 'template',
  description: "The project's import template",
  columns: [
    { header: 'Text', required: true, help: 'The recommendation, as worded by its source' },
    {
      header: 'Language',
      required: false,
      help: 'ISO 639-1 code of the text (en, ru, tk); default from the import',
    },
    { header: 'Mechanism', required: true, help: 'upr, treaty_body, special_procedure, unct, osce or other' },
    {
      header: 'Body',
      required: false,
      help: 'treaty_body: the committee (CRC); special_procedure: the mandate',
    },
    {
      header: 'Recommending parties',
      required: true,
      help: 'States or entities, separated by ";" (Norway; Sweden; UNICEF)',
    },
    { header: 'State under review', required: false, help: 'The State reviewed (name or ISO3)' },
    {
      header: 'UPR session',
      required: false,
      help: 'upr: the Working Group session number (its cycle follows)',
    },
    { header: 'Document symbol', required: false, help: 'Like A/HRC/24/3' },
    { header: 'Document', required: false, help: 'A document title where there is no symbol' },
    { header: 'Paragraph', required: false, help: 'Like 112.3' },
    { header: 'Date', required: false, help: 'YYYY-MM-DD' },
    { header: 'External id', required: false, help: 'The id in the database the row comes from' },
    { header: 'Response', required: false, help: "The source's response: Supported, Noted, Pending..." },
    { header: 'Themes', required: false, help: 'Theme ids or names, separated by ";" (docs/imports.md)' },
    { header: 'SDG targets', required: false, help: 'Like 16.3; 5.2 or SDG 16' },
    { header: 'Affected groups', required: false, help: 'Separated by ";"' },
  ],
  read(row, context) {
    const kindLabel = row.required('Mechanism');
    const kind = kindLabel === '' ? undefined : mechanismKindFor(kindLabel);
    if (kindLabel !== '' && kind === undefined) {
      row.fail(
        'Mechanism',
        ROW_ERROR_CODES.invalidMechanism,
        `"${kindLabel}" is not one of upr, treaty_body, special_procedure, unct, osce, other`,
      );
    }
    const language = (row.optional('Language') ?? context.language).toLowerCase();
    if (!LANGUAGE.test(language))
      row.fail(
        'Language',
        ROW_ERROR_CODES.invalidLanguage,
        `"${language}" is not an ISO 639-1 language code`,
      );
    const body = row.optional('Body');
    const state =
      row.optional('State under review') === undefined ? undefined : row.state('State under review');
    const session = row.uprSession('UPR session', false);
    const optional = {
      documentSymbol: row.optional('Document symbol'),
      document: row.optional('Document'),
      paragraph: row.optional('Paragraph'),
      date: row.date('Date'),
      externalId: row.optional('External id'),
      response: row.optional('Response'),
    };
    const position =
      optional.response === undefined
        ? undefined
        : positionForResponse(optional.response, context.responseMap);
    return {
      text: row.required('Text'),
      language,
      source: {
        mechanism: { kind: kind ?? 'other', ...(body === undefined ? {} : { body }) },
        recommendingParties: row.parties('Recommending parties'),
        ...(state === undefined ? {} : { stateUnderReview: state }),
        ...(session === undefined ? {} : { upr: session }),
        ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
      },
      themes: row.themes('Themes'),
      sdgTargets: row.sdgTargets('SDG targets'),
      affectedGroups: row.list('Affected groups'),
      ...(position === undefined ? {} : { position }),
    };
  },
};
