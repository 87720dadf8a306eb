import type { InstitutionItem, InstitutionRef } from '@app/recommendations';
import { html, type Html } from '../html/html';
import type { T } from '../i18n/messages';
import { institutionHref } from '../links';
import { holdsRole, type WebContext } from '../web-context';
import { EVERY_ROLE } from '../../queries/recommendation-queries.controller';

const STATUS: Record<string, keyof T['planActions']> = {
  planned: 'statusPlanned',
  in_progress: 'statusInProgress',
  delayed: 'statusDelayed',
  completed: 'statusCompleted',
  cancelled: 'statusCancelled',
};

const KIND: Record<string, keyof T['institutions']> = {
  ministry: 'kindMinistry',
  agency: 'kindAgency',
  ombudsperson: 'kindOmbudsperson',
  parliament: 'kindParliament',
  judiciary: 'kindJudiciary',
  local_authority: 'kindLocalAuthority',
  other: 'kindOther',
};

export const actionStatusLabel = (t: T, status: string): string => {
  const key = STATUS[status];
  return key === undefined ? status : (t.planActions[key] as string);
};

export const kindLabel = (t: T, kind: string): string => {
  const key = KIND[kind];
  return key === undefined ? kind : (t.institutions[key] as string);
};

export const kindChoices = (t: T) =>
  Object.keys(KIND).map((value) => ({ value, label: kindLabel(t, value) }));

/** The name in the page's language, falling back to English (the registry requires only English). */
export const institutionName = (
  web: WebContext,
  names: InstitutionItem['names'] | null,
  id: string,
): string => (names === null ? id : ((web.locale === 'en' ? null : names[web.locale]) ?? names.en));

export const institutionLink = (web: WebContext, ref: InstitutionRef): Html =>
  readsRecords(web)
    ? html`<a href="${institutionHref(ref.id)}">${institutionName(web, ref.names, ref.id)}</a>`
    : html`${institutionName(web, ref.names, ref.id)}`;

/** Focal points read their own actions only: plans, institutions and recommendations are shown, not linked. */
export const readsRecords = (web: WebContext): boolean => holdsRole(web, EVERY_ROLE);
