import { IMPORT_LIMITS, IMPORT_PROFILES, type ImportProfile } from '@app/imports';
import { html, jsonIsland, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { assetUrl } from '../assets/web-assets';
import type { T } from '../i18n/messages';
import type { StoredImport } from '../../imports/import-report';
import { IMPORTING_ROLES } from '../../imports/imports.controller';
import { holdsRole, type WebContext } from '../web-context';
import { importReport } from './import-report.view';

type ImportMessages = T['imports'];

const PROFILE_TEXTS: Record<string, keyof ImportMessages> = {
  'upr-info': 'profileUprInfo',
  uhri: 'profileUhri',
  template: 'profileTemplate',
};

const MEBIBYTE = 1024 * 1024;

/** One line per profile: what kind of file it reads, and the columns the file must have (from the profile itself). */
function profileLine(m: ImportMessages, profile: ImportProfile): Html {
  const key = PROFILE_TEXTS[profile.name];
  const required = profile.columns.filter((column) => column.required).map((column) => column.header);
  const kind = key === undefined ? '' : `${m[key] as string}; `;
  return html`<li><strong>${profile.name}</strong>: ${kind}${m.requiredColumns(required.join(', '))}</li>`;
}

/**
 * The API's whole-file problems in the user's words, by problem code; `{name}` takes the problem's own field. Where a
 * code has two texts, the first is used when the problem has every field it names.
 */
export function problemTexts(web: WebContext): Record<string, string[]> {
  const { fmt } = web;
  const m = web.t.imports;
  return {
    'IMPORT.WRONG_HEADER': [m.problemWrongHeader],
    'IMPORT.UNSUPPORTED_FORMAT': [m.problemUnsupportedFormat],
    UNSUPPORTED_MEDIA_TYPE: [m.problemMediaType],
    'IMPORT.FILE_TOO_LARGE': [m.problemTooLarge(fmt.number(IMPORT_LIMITS.maxBytes / MEBIBYTE))],
    'IMPORT.TOO_MANY_ROWS': [m.problemTooManyRows(fmt.number(IMPORT_LIMITS.maxRows))],
    'IMPORT.MALFORMED_CSV': [m.problemMalformedCsvAt, m.problemMalformedCsv],
    'IMPORT.XLSX_FORMULA': [m.problemFormula],
    'IMPORT.XLSX_MACROS': [m.problemMacros],
    'IMPORT.UNREADABLE_XLSX': [m.problemUnreadableXlsx],
    FORBIDDEN: [m.problemForbidden],
    CSRF_TOKEN_INVALID: [m.problemForbidden],
    other: [m.problemOther, web.t.common.errorUnavailable],
    network: [web.t.common.networkError],
  };
}

function uploadForm(web: WebContext): Html {
  const { fmt } = web;
  const m = web.t.imports;
  return html`<form id="import-form" class="import-form" aria-labelledby="import-form-heading">
    <h2 id="import-form-heading">${m.formHeading}</h2>
    <div class="field">
      <label for="import-file">${m.file}</label>
      <p id="import-file-hint" class="hint">
        ${m.fileHint(fmt.number(IMPORT_LIMITS.maxBytes / MEBIBYTE), fmt.number(IMPORT_LIMITS.maxRows))}
      </p>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".csv,.xlsx"
        required
        aria-describedby="import-file-hint import-file-error"
      />
      <p id="import-file-error" class="field-error" hidden></p>
    </div>
    <div class="field">
      <label for="import-profile">${m.profile}</label>
      <select id="import-profile" name="profile" aria-describedby="import-profile-hint">
        ${IMPORT_PROFILES.map((profile) => html`<option value="${profile.name}">${profile.name}</option>`)}
      </select>
      <div id="import-profile-hint" class="hint">
        <p>${m.profileHint}</p>
        <ul>
          ${IMPORT_PROFILES.map((profile) => profileLine(m, profile))}
        </ul>
      </div>
    </div>
    <p>
      ${m.templateIntro}
      <a href="/imports/templates/recommendations.csv" download>${m.templateCsv}</a>,
      <a href="/imports/templates/recommendations.xlsx" download>${m.templateXlsx}</a>
    </p>
    <button type="submit" id="import-check">${m.check}</button>
  </form>`;
}

/** The Import page: the form, then the report of each run, Commit after a dry run, and the progress of a run. */
export function importPage(web: WebContext): Html {
  const m = web.t.imports;
  const body = html`<p>${m.intro}</p>
    <noscript><p class="notice warn">${m.noScript}</p></noscript>
    ${uploadForm(web)}
    <div id="import-result"></div>
    <section id="import-commit" aria-labelledby="import-commit-heading" hidden>
      <h2 id="import-commit-heading">${m.commitHeading}</h2>
      <p class="hint">${m.commitHint}</p>
      <button type="button" id="import-commit-button">${m.commit}</button>
    </section>
    <div
      id="import-progress"
      class="import-progress"
      hidden
      data-checking="${m.checking}"
      data-committing="${m.committing}"
    >
      <label for="import-progress-bar" id="import-progress-label">${m.checking}</label>
      <progress id="import-progress-bar"></progress>
    </div>
    <script type="application/json" id="import-problems">
      ${jsonIsland(problemTexts(web))}
    </script>`;
  return layout(web, { title: m.title, area: 'import', body, scripts: [assetUrl('import.js')] });
}

/** Any import's last run, to reopen and link; commit stays on the Import page, where the file is chosen. */
export function importReportPage(web: WebContext, stored: StoredImport): Html {
  const m = web.t.imports;
  const importer = holdsRole(web, IMPORTING_ROLES);
  const body = html`${importReport(web, stored)}
  ${stored.report.dryRun && importer ? html`<p>${m.dryRunElsewhere}</p>` : ''}
  ${importer ? html`<p><a href="/app/import">${m.anotherFile}</a></p>` : ''}`;
  return layout(web, { title: m.reportTitle, area: 'import', body });
}
