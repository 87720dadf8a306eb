import { MECHANISM_KINDS, THEMES, type RecommendationSource } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { mechanismLabel } from '../i18n/labels';
import type { WebContext } from '../web-context';
import { checkboxes, field } from './form-fields';

/** A recommendation's proposal fields as they stand, to edit them (amend, correct). */
export interface ProposalValues {
  readonly text: string;
  readonly language: string;
  readonly source: RecommendationSource;
  readonly themes: readonly string[];
  readonly sdgTargets: readonly string[];
  readonly affectedGroups: readonly string[];
}

function sourceFields(web: WebContext, scope: string, prefix: string, source?: RecommendationSource): Html {
  const { t } = web;
  const r = t.recommendation;
  const name = (member: string) => `${prefix}source.${member}`;
  const required = source === undefined;
  return html`<fieldset data-group="${prefix}source">
    <legend>${r.sourceHeading}</legend>
    ${field(web, scope, {
      name: name('mechanism.kind'),
      label: r.mechanism,
      kind: 'select',
      required,
      value: source?.mechanism.kind,
      choices: MECHANISM_KINDS.map((kind) => ({ value: kind, label: mechanismLabel(t, kind) })),
    })}
    ${field(web, scope, {
      name: name('mechanism.body'),
      label: r.mechanismBody,
      hint: t.actions.mechanismBodyHint,
      value: source?.mechanism.body,
    })}
    ${field(web, scope, {
      name: name('recommendingParties'),
      label: r.parties,
      kind: 'names',
      required,
      hint: t.actions.partiesHint,
      value: source?.recommendingParties.map((party) => party.name),
      known: source?.recommendingParties,
    })}
    ${field(web, scope, {
      name: name('stateUnderReview'),
      label: r.stateUnderReview,
      hint: t.actions.iso3Hint,
      value: source?.stateUnderReview,
    })}
    ${field(web, scope, { name: name('upr.cycle'), label: t.actions.uprCycle, kind: 'number', value: source?.upr?.cycle })}
    ${field(web, scope, {
      name: name('upr.session'),
      label: t.actions.uprSession,
      kind: 'number',
      value: source?.upr?.session,
    })}
    ${field(web, scope, { name: name('documentSymbol'), label: r.documentSymbol, value: source?.documentSymbol })}
    ${field(web, scope, { name: name('document'), label: r.document, value: source?.document })}
    ${field(web, scope, { name: name('paragraph'), label: r.paragraph, value: source?.paragraph })}
    ${field(web, scope, { name: name('date'), label: r.sourceDate, kind: 'date', value: source?.date })}
    ${field(web, scope, { name: name('externalId'), label: r.externalId, value: source?.externalId })}
    ${field(web, scope, { name: name('response'), label: r.sourceResponse, value: source?.response })}
  </fieldset>`;
}

/**
 * The fields of a proposal (`prefix` `changes.` for a correction): blank to propose, or filled with the record as it
 * stands to amend or correct it, when only what the user changes is sent.
 */
export function proposalFields(
  web: WebContext,
  scope: string,
  prefix: string,
  values?: ProposalValues,
): Html {
  const { t } = web;
  const r = t.recommendation;
  const required = values === undefined;
  return html`${field(web, scope, {
    name: `${prefix}text`,
    label: t.actions.text,
    kind: 'textarea',
    required,
    value: values?.text,
  })}
  ${field(web, scope, {
    name: `${prefix}language`,
    label: t.actions.language,
    hint: required ? t.actions.proposeLanguageHint : t.actions.languageHint,
    value: values?.language,
  })}
  ${sourceFields(web, scope, prefix, values?.source)}
  ${checkboxes(scope, {
    name: `${prefix}themes`,
    legend: r.themes,
    choices: THEMES.map((theme) => ({ value: theme.id, label: theme[web.locale] })),
    checked: values?.themes,
  })}
  ${field(web, scope, {
    name: `${prefix}sdgTargets`,
    label: r.sdgTargets,
    kind: 'list',
    hint: t.actions.sdgHint,
    value: values?.sdgTargets,
  })}
  ${field(web, scope, {
    name: `${prefix}affectedGroups`,
    label: r.affectedGroups,
    kind: 'list',
    hint: t.actions.listHint,
    value: values?.affectedGroups,
  })}
  ${field(web, scope, {
    name: `${prefix}meetingRef`,
    label: t.actions.meetingRef,
    hint: t.actions.meetingRefHint,
  })}`;
}
