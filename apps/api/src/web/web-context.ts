import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@app/recommendations';
import type { AuthenticatedRequest } from '../auth';
import { Formatter } from './i18n/format';
import { localeOf, type Locale } from './i18n/locales';
import { messagesFor, type T } from './i18n/messages';

/** What every page renders with: the language, its messages and formats, and who is signed in. */
export interface WebContext {
  readonly locale: Locale;
  readonly t: T;
  readonly fmt: Formatter;
  /** The path and query of this page, for the language switch to come back to. */
  readonly url: string;
  readonly user?: { readonly id: string; readonly roles: readonly Role[] };
  /** The session's CSRF token, for the page's forms and scripts. */
  readonly csrfToken?: string;
}

const formatters = new Map<Locale, Formatter>();

export function webContextOf(request: AuthenticatedRequest): WebContext {
  const locale = localeOf(request);
  let fmt = formatters.get(locale);
  if (fmt === undefined) {
    fmt = new Formatter(locale);
    formatters.set(locale, fmt);
  }
  return {
    locale,
    t: messagesFor(locale),
    fmt,
    url: request.url,
    user: request.user,
    csrfToken: request.session?.csrfToken,
  };
}

/** The page's context as a handler parameter. */
export const Web = createParamDecorator((_data: unknown, context: ExecutionContext): WebContext =>
  webContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** True when one of the user's roles (or admin) is among `roles`. */
export const holdsRole = (web: WebContext, roles: readonly Role[]): boolean =>
  web.user?.roles.some((role) => role === 'admin' || roles.includes(role)) ?? false;
