import { html, type Html, type HtmlValue } from '../html/html';
import { LOCALES, type Locale } from '../i18n/locales';
import type { T } from '../i18n/messages';
import { assetUrl } from '../assets/web-assets';
import { publicHref, type PublicContext } from './public-context';

export type PublicArea = 'board' | 'plans' | 'data';

const LANGUAGE_NAMES: Record<Locale, keyof T['common']> = {
  en: 'languageEn',
  ru: 'languageRu',
  tk: 'languageTk',
};

const NAV: readonly { area: PublicArea; path: string; label: keyof T['publicPortal'] }[] = [
  { area: 'board', path: '/public', label: 'navBoard' },
  { area: 'plans', path: '/public/plans', label: 'navPlans' },
  { area: 'data', path: '/public/data', label: 'navData' },
];

/** Links to this page in each language: a plain link, no form, no cookie. */
function languageLinks(context: PublicContext): Html {
  const { t } = context;
  return html`<nav class="languages" aria-label="${t.common.language}">
    <ul>
      ${LOCALES.map(
        (locale) =>
          html`<li>
            <a
              href="${publicHref({ locale }, context.path, context.params)}"
              lang="${locale}"
              hreflang="${locale}"
              ${locale === context.locale ? html`aria-current="true"` : ''}
              >${t.common[LANGUAGE_NAMES[locale]] as string}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** A portal page: its own stylesheet, no script, no session; the footer names the licence and the log position. */
export function publicLayout(
  context: PublicContext,
  options: { title: string; area?: PublicArea; body: HtmlValue; footer: HtmlValue },
): Html {
  const { t } = context;
  return html`<!doctype html>
    <html lang="${context.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${t.publicPortal.portalName}</title>
        <link rel="stylesheet" href="${assetUrl('portal.css')}" />
      </head>
      <body>
        <a class="skip" href="#main">${t.common.skipToContent}</a>
        <header class="portal-top">
          <a class="brand" href="${publicHref(context, '/public')}">${t.publicPortal.portalName}</a>
          <nav aria-label="${t.common.mainNavigation}">
            <ul>
              ${NAV.map(
                (item) =>
                  html`<li>
                    <a
                      href="${publicHref(context, item.path)}"
                      ${item.area === options.area ? html`aria-current="page"` : ''}
                      >${t.publicPortal[item.label] as string}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
          ${languageLinks(context)}
        </header>
        <main id="main" tabindex="-1">
          <h1>${options.title}</h1>
          ${options.body}
        </main>
        <footer class="portal-footer">${options.footer}</footer>
      </body>
    </html>`;
}
