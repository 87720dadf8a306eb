import type { FastifyRequest } from 'fastify';
import { cookiesOf } from '../../http/cookies';

/** The workspace's languages: English, Russian and Turkmen (Latin script). */
export const LOCALES = ['en', 'ru', 'tk'] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGE_COOKIE = 'rfu_lang';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The language the user chose (remembered in a cookie), else the browser's first supported one, else English. */
export function localeOf(request: FastifyRequest): Locale {
  const chosen = cookiesOf(request)[LANGUAGE_COOKIE];
  if (isLocale(chosen)) return chosen;
  const accepted = (request.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase());
  return accepted.find(isLocale) ?? 'en';
}
