import {
  MECHANISM_KINDS,
  THEMES,
  type ImplementationOverTime,
  type PlanWithCounts,
  type RecommendationSummary,
} from '@app/recommendations';
import type { RecommendationFiltersDto } from '../../queries/recommendation-filters.dto';
import { html, type Html } from '../html/html';
import { mechanismLabel } from '../i18n/labels';
import { layout } from '../layout/layout';
import type { WebContext } from '../web-context';
import { chartSection, type FilterQuery } from './chart-section';
import { documentsSection } from './documents-section';
import { overTimeSection } from './over-time-section';
import { REPORT_CHARTS } from './report-charts';

export interface ReportsData {
  query: RecommendationFiltersDto;
  summaries: RecommendationSummary[];
  overTime: ImplementationOverTime;
  plans: PlanWithCounts[];
  /** Registered institutions' names in the page's language, by id: the institution chart's labels. */
  institutionNames: ReadonlyMap<string, string>;
}

/** The page's own filters, as the API's routes take them, for the download links. */
export function filterQuery(query: RecommendationFiltersDto): FilterQuery {
  const { consistentWith: _position, ...filters } = query;
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [name, String(value)]),
  );
}

const selected = (on: boolean): Html | string => (on ? html`selected` : '');

function filters(web: WebContext, data: ReportsData): Html {
  const { t } = web;
  const q = data.query;
  return html`<section aria-labelledby="filters-heading">
    <h2 id="filters-heading">${t.reports.filtersHeading}</h2>
    <form class="filters" method="get" action="/app/reports">
      <div>
        <label for="f-mechanism">${t.board.mechanism}</label>
        <select id="f-mechanism" name="mechanism">
          <option value="">${t.board.anyMechanism}</option>
          ${MECHANISM_KINDS.map(
            (m) => html`<option value="${m}" ${selected(q.mechanism === m)}>${mechanismLabel(t, m)}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="f-plan">${t.board.plan}</label>
        <select id="f-plan" name="planId">
          <option value="">${t.board.anyPlan}</option>
          ${data.plans.map(
            (plan) =>
              html`<option value="${plan.id}" ${selected(q.planId === plan.id)}>${plan.title}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="f-theme">${t.board.theme}</label>
        <select id="f-theme" name="theme">
          <option value="">${t.board.anyTheme}</option>
          ${THEMES.map(
            (theme) =>
              html`<option value="${theme.id}" ${selected(q.theme === theme.id)}>
                ${theme[web.locale]}
              </option>`,
          )}
        </select>
      </div>
      <div class="actions">
        <button type="submit">${t.board.apply}</button>
        <a class="button secondary" href="/app/reports">${t.board.clear}</a>
      </div>
    </form>
  </section>`;
}

export function reportsPage(web: WebContext, data: ReportsData): Html {
  const { t } = web;
  const kept = filterQuery(data.query);
  const body = html`<p>${t.reports.intro}</p>
    ${filters(web, data)} ${overTimeSection(web, data.overTime, kept)}
    ${REPORT_CHARTS.map((chart, index) =>
      chartSection(web, chart, data.summaries[index], kept, data.institutionNames),
    )}
    <p class="hint">${t.reports.severalNote}</p>
    ${documentsSection(web, data.plans)}`;
  return layout(web, { title: t.reports.title, area: 'reports', body });
}
