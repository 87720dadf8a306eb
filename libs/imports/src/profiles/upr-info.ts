import { positionForResponse } from '@app/recommendations';
import type { ImportProfile } from './import-profile';

/**
 * The UPR Info database export (https://upr-info-database.uwazi.io): one row per recommending State, so a joint
 * recommendation is several rows with the same text and session, merged into one candidate. A "From" cell naming
 * several States (separated by "," or ";") is read too. To-Org, From-Org (memberships such as EU, OIC) and Action
 * (UPR Info's 1-5 action category) are not part of a recommendation and are ignored.
 */
export const UPR_INFO_PROFILE: ImportProfile = {
  name: 'upr-info',
  description: 'UPR Info database export',
  columns: [
    { header: 'To', aliases: ['State under review', 'SuR'], required: true, help: 'The State under review' },
    { header: 'To-Rgrp', required: false, help: 'Its regional group (not used: the vocabulary knows it)' },
    { header: 'To-Org', required: false, help: 'Its memberships (ignored)' },
    {
      header: 'Text',
      aliases: ['Recommendation'],
      required: true,
      help: 'The recommendation, as worded in the report',
    },
    {
      header: 'From',
      aliases: ['Recommending State', 'Recommending States'],
      required: true,
      help: 'The recommending State(s)',
    },
    {
      header: 'From-Rgrp',
      required: false,
      help: 'Its regional group, used only for a State the vocabulary lacks',
    },
    { header: 'From-Org', required: false, help: 'Its memberships (ignored)' },
    { header: 'Response', aliases: ['Position'], required: true, help: 'Supported, Noted, Pending...' },
    {
      header: 'Action',
      aliases: ['Action category'],
      required: false,
      help: 'UPR Info action category (ignored)',
    },
    {
      header: 'Issue',
      aliases: ['Issues', 'Themes'],
      required: true,
      help: 'UPR Info issues, separated by "," or ";"',
    },
    {
      header: 'Session',
      aliases: ['UPR session'],
      required: true,
      help: 'The UPR Working Group session number',
    },
  ],
  read(row, context) {
    const response = row.optional('Response');
    const session = row.uprSession('Session', true);
    const position = response === undefined ? undefined : positionForResponse(response, context.responseMap);
    return {
      text: row.required('Text'),
      language: context.language,
      source: {
        mechanism: { kind: 'upr' },
        recommendingParties: row.states('From', 'From-Rgrp'),
        stateUnderReview: row.state('To'),
        ...(session === undefined ? {} : { upr: session }),
        ...(response === undefined ? {} : { response }),
      },
      themes: row.themes('Issue'),
      sdgTargets: [],
      affectedGroups: [],
      ...(position === undefined ? {} : { position }),
    };
  },
};
