import type { Locale } from './locales';
import { actions } from './messages/actions';
import { audit } from './messages/audit';
import { board } from './messages/board';
import { common } from './messages/common';
import { evidence } from './messages/evidence';
import { recommendation } from './messages/recommendation';
import { plans } from './messages/plans';
import { planActions } from './messages/plan-actions';
import { actionImports } from './messages/action-imports';
import { institutions } from './messages/institutions';
import { reports } from './messages/reports';
import { documents } from './messages/documents';
import { imports } from './messages/imports';
import { links } from './messages/links';
import { signIn } from './messages/sign-in';
import { timeline } from './messages/timeline';
import { progressReports } from './messages/progress-reports';
import { publication } from './messages/publication';
import { publicPortal } from './messages/public-portal';
import { publicRecords } from './messages/public-records';

/** Every area's catalogue: no text a page shows lives anywhere else. */
const AREAS = {
  common,
  signIn,
  board,
  recommendation,
  actions,
  timeline,
  audit,
  reports,
  documents,
  plans,
  imports,
  links,
  progressReports,
  evidence,
  planActions,
  actionImports,
  institutions,
  publication,
  publicPortal,
  publicRecords,
};

type Areas = typeof AREAS;
export type T = { [Area in keyof Areas]: Areas[Area]['en'] };

const cache = new Map<Locale, T>();

/** The messages of every area in one language. */
export function messagesFor(locale: Locale): T {
  let messages = cache.get(locale);
  if (messages === undefined) {
    messages = Object.fromEntries(
      Object.entries(AREAS).map(([area, catalogue]) => [area, catalogue[locale]]),
    ) as T;
    cache.set(locale, messages);
  }
  return messages;
}

/** For the catalogue test: every area with all its languages. */
export const CATALOGUES = AREAS;
