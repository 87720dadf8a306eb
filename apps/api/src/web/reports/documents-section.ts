import { DOCUMENT_GROUPINGS, DOCUMENT_KINDS } from '@app/documents';
import { DOCUMENT_LANGUAGES, MECHANISM_KINDS, THEMES, type PlanWithCounts } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { mechanismLabel } from '../i18n/labels';
import type { WebContext } from '../web-context';

/** The workspace route that sends the form on to `GET /reports/documents/:kind`. */
export const DOCUMENT_FORM_PATH = '/app/reports/document';

const option = (value: string, label: string, selected = false): Html =>
  html`<option value="${value}" ${selected ? html`selected` : ''}>${label}</option>`;

/** A form choosing the document, its format, language and clusters, and which recommendations: it downloads the file. */
export function documentsSection(web: WebContext, plans: readonly PlanWithCounts[]): Html {
  const { t } = web;
  const d = t.documents;
  const kinds = { matrix: d.kindMatrix, 'upr-midterm': d.kindMidterm, 'treaty-followup': d.kindFollowup };
  const languages = { en: t.common.languageEn, ru: t.common.languageRu, tk: t.common.languageTk };
  const groupings = { theme: d.groupTheme, mechanism: d.groupMechanism, cycle: d.groupCycle };
  return html`<section aria-labelledby="documents-heading">
    <h2 id="documents-heading">${d.heading}</h2>
    <p>${d.intro}</p>
    <form class="filters" method="get" action="${DOCUMENT_FORM_PATH}">
      <div>
        <label for="d-kind">${d.kind}</label>
        <select id="d-kind" name="kind">
          ${DOCUMENT_KINDS.map((kind) => option(kind, kinds[kind]))}
        </select>
      </div>
      <div>
        <label for="d-format">${d.format}</label>
        <select id="d-format" name="format">
          ${option('', d.formatDefault)} ${option('docx', d.formatDocx)} ${option('xlsx', d.formatXlsx)}
        </select>
      </div>
      <div>
        <label for="d-language">${d.language}</label>
        <select id="d-language" name="language">
          ${DOCUMENT_LANGUAGES.map((language) => option(language, languages[language], language === web.locale))}
        </select>
      </div>
      <div>
        <label for="d-group">${d.groupBy}</label>
        <select id="d-group" name="groupBy">
          ${DOCUMENT_GROUPINGS.map((grouping) => option(grouping, groupings[grouping]))}
        </select>
      </div>
      <div>
        <label for="d-mechanism">${d.mechanism}</label>
        <select id="d-mechanism" name="mechanism">
          ${option('', t.board.anyMechanism)} ${MECHANISM_KINDS.map((m) => option(m, mechanismLabel(t, m)))}
        </select>
      </div>
      <div>
        <label for="d-plan">${d.plan}</label>
        <select id="d-plan" name="planId">
          ${option('', t.board.anyPlan)} ${plans.map((plan) => option(plan.id, plan.title))}
        </select>
      </div>
      <div>
        <label for="d-theme">${d.theme}</label>
        <select id="d-theme" name="theme">
          ${option('', t.board.anyTheme)} ${THEMES.map((theme) => option(theme.id, theme[web.locale]))}
        </select>
      </div>
      <div>
        <label for="d-references">${d.references}</label>
        <input id="d-references" name="references" type="text" aria-describedby="d-references-hint" />
        <p class="hint" id="d-references-hint">${d.referencesHint}</p>
      </div>
      <div class="actions"><button type="submit">${d.download}</button></div>
    </form>
  </section>`;
}
