import { Formatter } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { messagesFor, type T } from '../i18n/messages';
import { queryString } from '../html/html';

/** What a portal page renders with: its language, messages and formats; no user, session or CSRF token. */
export interface PublicContext {
  readonly locale: Locale;
  readonly t: T;
  readonly fmt: Formatter;
  /** The page's path, for the language links to come back to it. */
  readonly path: string;
  /** The page's other query parameters, kept by the language links. */
  readonly params: Readonly<Record<string, string | number | undefined>>;
}

export const publicContext = (
  locale: Locale | undefined,
  path: string,
  params: Record<string, string | number | undefined> = {},
): PublicContext => ({
  locale: locale ?? 'en',
  t: messagesFor(locale ?? 'en'),
  fmt: new Formatter(locale ?? 'en'),
  path,
  params,
});

/** A portal link in the page's language: English needs no parameter. */
export function publicHref(
  context: Pick<PublicContext, 'locale'>,
  path: string,
  params: Record<string, string | number | undefined> = {},
): string {
  return `${path}${queryString({ ...params, lang: context.locale === 'en' ? undefined : context.locale })}`;
}

export const publicRecommendationPath = (reference: string): string =>
  `/public/recommendations/${encodeURIComponent(reference)}`;

export const publicPlanPath = (planId: string): string => `/public/plans/${encodeURIComponent(planId)}`;
