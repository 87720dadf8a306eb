import { positionForResponse } from '@app/recommendations';
import { mechanismForBody } from '../candidates/mechanism';
import { ROW_ERROR_CODES } from '../candidates/row-error-codes';
import type { ImportProfile } from './import-profile';

/**
 * The OHCHR Universal Human Rights Index export (https://uhri.ohchr.org, "Export"): one row per recommendation
 * ("annotation"). Its column names were not available to check here; they are assumed from the Index's search fields
 * (docs/imports.md) and every column accepts the usual other spellings. Lists in a cell are separated by ";".
 */
export const UHRI_PROFILE: ImportProfile = {
  name: 'uhri',
  description: 'OHCHR Universal Human Rights Index export',
  columns: [
    {
      header: 'Annotation',
      aliases: ['Recommendation', 'Text', 'Annotation text'],
      required: true,
      help: 'The recommendation',
    },
    {
      header: 'Body',
      aliases: ['Mechanism', 'Source'],
      required: true,
      help: 'UPR, a treaty body (CRC, CEDAW...) or a special procedure mandate',
    },
    {
      header: 'Country',
      aliases: ['Countries', 'State', 'State under review'],
      required: true,
      help: 'The State the recommendation is addressed to',
    },
    {
      header: 'Symbol',
      aliases: ['Document symbol', 'Document'],
      required: false,
      help: 'The UN document symbol',
    },
    {
      header: 'Paragraph',
      aliases: ['Para', 'Paragraph number'],
      required: false,
      help: 'The paragraph in the document',
    },
    { header: 'Themes', aliases: ['Theme', 'Human rights themes'], required: false, help: 'UHRI themes' },
    {
      header: 'SDGs',
      aliases: ['SDG', 'Sustainable Development Goals', 'SDG goals'],
      required: false,
      help: 'SDG goals or targets',
    },
    {
      header: 'Affected persons',
      aliases: ['Affected groups', 'Concerned persons/groups'],
      required: false,
      help: 'Groups concerned',
    },
    {
      header: 'Date',
      aliases: ['Publication date', 'Document date'],
      required: false,
      help: 'The date of the document',
    },
    {
      header: 'Recommending States',
      aliases: ['Recommending State', 'UPR recommending States'],
      required: false,
      help: 'For a UPR recommendation, the State(s) that made it',
    },
    {
      header: 'Session',
      aliases: ['UPR session', 'Cycle/Session'],
      required: false,
      help: 'For a UPR recommendation, the Working Group session',
    },
    {
      header: 'Position',
      aliases: ['UPR position', 'Response'],
      required: false,
      help: "For a UPR recommendation, the State's response",
    },
    {
      header: 'Id',
      aliases: ['Annotation id', 'UHRI id', 'ID'],
      required: false,
      help: "The Index's id of the recommendation",
    },
  ],
  read(row, context) {
    const body = row.required('Body');
    const mechanism = body === '' ? undefined : mechanismForBody(body);
    if (body !== '' && mechanism === undefined) {
      row.fail(
        'Body',
        ROW_ERROR_CODES.invalidMechanism,
        `"${body}" is not UPR, a treaty body or a special procedure`,
      );
    }
    const upr = mechanism?.kind === 'upr';
    const response = row.optional('Position');
    const position = response === undefined ? undefined : positionForResponse(response, context.responseMap);
    const symbol = row.optional('Symbol');
    const paragraph = row.optional('Paragraph');
    const date = row.date('Date');
    const externalId = row.optional('Id');
    const session = upr ? row.uprSession('Session', false) : undefined;
    return {
      text: row.required('Annotation'),
      language: context.language,
      source: {
        mechanism: mechanism ?? { kind: 'other' },
        recommendingParties: upr ? row.states('Recommending States') : [{ name: mechanism?.body ?? body }],
        stateUnderReview: row.state('Country'),
        ...(session === undefined ? {} : { upr: session }),
        ...(symbol === undefined ? {} : { documentSymbol: symbol }),
        ...(paragraph === undefined ? {} : { paragraph }),
        ...(date === undefined ? {} : { date }),
        ...(externalId === undefined ? {} : { externalId }),
        ...(response === undefined ? {} : { response }),
      },
      themes: row.themes('Themes'),
      sdgTargets: row.sdgTargets('SDGs'),
      affectedGroups: row.list('Affected persons'),
      ...(position === undefined ? {} : { position }),
    };
  },
};
