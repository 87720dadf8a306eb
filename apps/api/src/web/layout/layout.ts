import type { Role } from '@app/recommendations';
import { html, jsonIsland, type Html, type HtmlValue } from '../html/html';
import { LOCALES, type Locale } from '../i18n/locales';
import type { T } from '../i18n/messages';
import { REPORT_ROLES } from '../../queries/reports.controller';
import { ASSET_URLS } from '../assets/asset-urls';
import { holdsRole, type WebContext } from '../web-context';

export type NavArea =
  'board' | 'plans' | 'institutions' | 'reports' | 'audit' | 'import' | 'inbox' | 'validation';

/** Each area of the navigation, and who it is for (the server checks again on every route). */
const NAV: readonly { area: NavArea; href: string; label: keyof T['common']; roles: readonly Role[] }[] = [
  {
    area: 'board',
    href: '/app',
    label: 'navBoard',
    roles: ['secretariat', 'reviewer', 'auditor', 'reporter'],
  },
  {
    area: 'plans',
    href: '/app/plans',
    label: 'navPlans',
    roles: ['secretariat', 'reviewer', 'auditor', 'reporter'],
  },
  {
    area: 'institutions',
    href: '/app/institutions',
    label: 'navInstitutions',
    roles: ['secretariat', 'reviewer', 'auditor', 'reporter'],
  },
  { area: 'reports', href: '/app/reports', label: 'navReports', roles: REPORT_ROLES },
  { area: 'audit', href: '/app/audit', label: 'navAudit', roles: ['auditor'] },
  { area: 'import', href: '/app/import', label: 'navImport', roles: ['secretariat'] },
  { area: 'inbox', href: '/app/inbox', label: 'navInbox', roles: ['focal_point'] },
  { area: 'validation', href: '/app/validation-queue', label: 'navValidationQueue', roles: ['secretariat'] },
];

const LANGUAGE_NAMES: Record<Locale, keyof T['common']> = {
  en: 'languageEn',
  ru: 'languageRu',
  tk: 'languageTk',
};

export interface PageOptions {
  title: string;
  area?: NavArea;
  body: HtmlValue;
  /** Scripts of this page's own, beside the shared one. */
  scripts?: readonly string[];
}

function languageSwitch(web: WebContext): Html {
  const { t } = web;
  return html`<form class="language" method="get" action="/app/language">
    <label for="language-choice">${t.common.language}</label>
    <select id="language-choice" name="lang">
      ${LOCALES.map(
        (locale) =>
          html`<option value="${locale}" lang="${locale}" ${locale === web.locale ? html`selected` : ''}>
            ${t.common[LANGUAGE_NAMES[locale]] as string}
          </option>`,
      )}
    </select>
    <input type="hidden" name="back" value="${web.url}" />
    <button type="submit">${t.common.change}</button>
  </form>`;
}

function userBar(web: WebContext): HtmlValue {
  if (web.user === undefined) return '';
  const { t } = web;
  return html`<div class="user">
    <span>${t.common.signedInAs(web.user.id)}</span>
    <form method="post" action="/app/sign-out">
      <input type="hidden" name="_csrf" value="${web.csrfToken}" />
      <button type="submit">${t.common.signOut}</button>
    </form>
  </div>`;
}

function navigation(web: WebContext, current: NavArea | undefined): HtmlValue {
  if (web.user === undefined) return '';
  const { t } = web;
  const items = NAV.filter((item) => holdsRole(web, item.roles));
  return html`<nav aria-label="${t.common.mainNavigation}">
    <ul>
      ${items.map(
        (item) =>
          html`<li>
            <a href="${item.href}" ${item.area === current ? html`aria-current="page"` : ''}
              >${t.common[item.label] as string}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The texts the page's scripts show, in the page's language (no text lives in the scripts). */
const clientMessages = (t: T): Html =>
  jsonIsland({
    changedElsewhere: t.common.changedElsewhere,
    reload: t.common.reload,
    loading: t.common.loading,
    updated: t.common.updated,
    networkError: t.common.networkError,
  });

/** The whole document: one stylesheet and one shared script, both served by this server (no CDN, no web fonts). */
export function layout(web: WebContext, options: PageOptions): Html {
  const { t } = web;
  const scripts = [ASSET_URLS.appJs, ...(options.scripts ?? [])];
  return html`<!doctype html>
    <html lang="${web.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${t.common.appName}</title>
        <link rel="stylesheet" href="${ASSET_URLS.css}" />
        ${web.csrfToken === undefined ? '' : html`<meta name="csrf-token" content="${web.csrfToken}" />`}
        ${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
        <script type="application/json" id="client-messages">
          ${clientMessages(t)}
        </script>
      </head>
      <body>
        <a class="skip" href="#main">${t.common.skipToContent}</a>
        <header class="top">
          <a class="brand" href="/app">${t.common.appName}</a>
          ${navigation(web, options.area)}
          <div class="tools">${languageSwitch(web)}${userBar(web)}</div>
        </header>
        <main id="main" tabindex="-1">
          <h1>${options.title}</h1>
          ${options.body}
        </main>
        <div id="live-status" class="visually-hidden" role="status" aria-live="polite"></div>
      </body>
    </html>`;
}
