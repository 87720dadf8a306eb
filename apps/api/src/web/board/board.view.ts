import {
  MECHANISM_KINDS,
  RECOMMENDATION_STATUSES,
  THEMES,
  mayRun,
  type InstitutionItem,
  type PlanWithCounts,
  type RecommendationItem,
  type RecommendationPage,
  type RecommendationSummary,
} from '@app/recommendations';
import { html, queryString, type Html } from '../html/html';
import { mechanismLabel, positionLabel, statusLabel } from '../i18n/labels';
import { layout } from '../layout/layout';
import { proposeHref, recommendationHref } from '../links';
import type { WebContext } from '../web-context';
import { institutionName } from '../actions/action-labels';
import type { BoardQueryDto } from './board-query.dto';

const STATUSES = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');

export interface BoardData {
  query: BoardQueryDto;
  counts: RecommendationSummary;
  page: RecommendationPage;
  plans: PlanWithCounts[];
  /** The registered institutions, for the filter by the institutions of linked plan actions. */
  institutions: InstitutionItem[];
  pageSize: number;
  /** The log position the list was read at: the live feed resumes after it. */
  position: string;
  referenceNotFound?: string;
}

const selected = (on: boolean): Html | string => (on ? html`selected` : '');

function counts(web: WebContext, summary: RecommendationSummary): Html {
  const { t, fmt } = web;
  const total = summary.groups.reduce((sum, group) => sum + group.count, 0);
  const byStatus = new Map(summary.groups.map((group) => [group.key, group.count]));
  return html`<section aria-labelledby="counts-heading">
    <h2 id="counts-heading">${t.board.countsHeading}</h2>
    <ul class="counts">
      <li><a href="/app">${t.board.total}</a><strong>${fmt.number(total)}</strong></li>
      ${STATUSES.map(
        (status) =>
          html`<li>
            <a href="/app${queryString({ status })}">${statusLabel(t, status)}</a
            ><strong>${fmt.number(byStatus.get(status) ?? 0)}</strong>
          </li>`,
      )}
    </ul>
  </section>`;
}

function filters(web: WebContext, data: BoardData): Html {
  const { t } = web;
  const q = data.query;
  const themeName = (theme: (typeof THEMES)[number]) => theme[web.locale];
  return html`<section aria-labelledby="filters-heading">
    <h2 id="filters-heading">${t.board.filtersHeading}</h2>
    <form class="filters" method="get" action="/app">
      <div>
        <label for="f-status">${t.board.status}</label>
        <select id="f-status" name="status">
          <option value="">${t.board.anyStatus}</option>
          ${STATUSES.map((s) => html`<option value="${s}" ${selected(q.status === s)}>${statusLabel(t, s)}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-mechanism">${t.board.mechanism}</label>
        <select id="f-mechanism" name="mechanism">
          <option value="">${t.board.anyMechanism}</option>
          ${MECHANISM_KINDS.map((m) => html`<option value="${m}" ${selected(q.mechanism === m)}>${mechanismLabel(t, m)}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-party">${t.board.party}</label> <input id="f-party" name="party" value="${q.party}" />
      </div>
      <div>
        <label for="f-theme">${t.board.theme}</label>
        <select id="f-theme" name="theme">
          <option value="">${t.board.anyTheme}</option>
          ${THEMES.map((theme) => html`<option value="${theme.id}" ${selected(q.theme === theme.id)}>${themeName(theme)}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-sdg">${t.board.sdg}</label>
        <input id="f-sdg" name="sdg" value="${q.sdg}" aria-describedby="f-sdg-hint" />
        <p id="f-sdg-hint" class="hint">${t.board.sdgHint}</p>
      </div>
      <div>
        <label for="f-plan">${t.board.plan}</label>
        <select id="f-plan" name="planId">
          <option value="">${t.board.anyPlan}</option>
          ${data.plans.map((plan) => html`<option value="${plan.id}" ${selected(q.planId === plan.id)}>${plan.title}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-institution">${t.board.institution}</label>
        <select id="f-institution" name="institution">
          <option value="">${t.board.anyInstitution}</option>
          ${data.institutions.map((item) => html`<option value="${item.id}" ${selected(q.institution === item.id)}>${institutionName(web, item.names, item.id)}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-language">${t.board.language}</label>
        <input id="f-language" name="language" value="${q.language}" aria-describedby="f-language-hint" />
        <p id="f-language-hint" class="hint">${t.board.languageHint}</p>
      </div>
      <div>
        <label for="f-q">${t.board.search}</label> <input id="f-q" name="q" type="search" value="${q.q}" />
      </div>
      <div class="check">
        <label
          ><input type="checkbox" name="overdue" value="true" ${q.overdue ? html`checked` : ''} />
          ${t.board.overdue}</label
        >
      </div>
      <div class="actions">
        <button type="submit">${t.board.apply}</button>
        <a class="button secondary" href="/app">${t.board.clear}</a>
      </div>
    </form>
  </section>`;
}

function lookup(web: WebContext, data: BoardData): Html {
  const { t } = web;
  const missing = data.referenceNotFound;
  return html`<section aria-labelledby="lookup-heading">
    <h2 id="lookup-heading">${t.board.lookupHeading}</h2>
    <form method="get" action="/app/lookup" class="pager">
      <label for="f-reference">${t.board.reference}</label>
      <input
        id="f-reference"
        name="reference"
        value="${missing}"
        ${missing ? html`aria-invalid="true" aria-describedby="reference-error"` : ''}
      />
      <button type="submit">${t.board.open}</button>
    </form>
    ${missing ? html`<p id="reference-error" class="field-error">${t.board.referenceNotFound(missing)}</p>` : ''}
  </section>`;
}

const shorten = (text: string, max = 220): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function row(web: WebContext, item: RecommendationItem): Html {
  const { t, fmt } = web;
  const parties = item.source.recommendingParties.map((party) => party.name).join(', ');
  return html`<tr>
    <td><a href="${recommendationHref(item.reference)}">${item.reference}</a></td>
    <td lang="${item.textLanguage}">${shorten(item.text)}</td>
    <td>
      ${mechanismLabel(t, item.source.mechanism.kind)}${parties ? html`<br /><span class="hint">${parties}</span>` : ''}
    </td>
    <td>
      <span class="badge">${statusLabel(t, item.status)}</span
      >${item.overdue ? html` <span class="badge overdue">${t.board.overdueBadge}</span>` : ''}
    </td>
    <td>${positionLabel(t, item.position)}</td>
    <td>${fmt.date(item.updatedAt)}</td>
  </tr>`;
}

function list(web: WebContext, data: BoardData, total: number): Html {
  const { t, fmt } = web;
  const pageNumber = data.query.page ?? 1;
  const first = (pageNumber - 1) * data.pageSize + 1;
  const last = first + data.page.items.length - 1;
  const shown = data.page.items.length === 0 ? '0' : `${fmt.number(first)}–${fmt.number(last)}`;
  const { cursor: _cursor, page: _page, ...kept } = data.query;
  const keptQuery = { ...kept, overdue: kept.overdue === true ? 'true' : undefined };
  if (data.page.items.length === 0) return html`<p class="notice">${t.board.empty}</p>`;
  return html`<table id="board-list">
      <caption>
        ${t.board.listCaption(shown, fmt.number(total))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.board.colReference}</th>
          <th scope="col">${t.board.colText}</th>
          <th scope="col">${t.board.colSource}</th>
          <th scope="col">${t.board.colStatus}</th>
          <th scope="col">${t.board.colPosition}</th>
          <th scope="col">${t.board.colUpdated}</th>
        </tr>
      </thead>
      <tbody>
        ${data.page.items.map((item) => row(web, item))}
      </tbody>
    </table>
    <nav class="pager" aria-label="${t.board.page(fmt.number(pageNumber))}">
      ${pageNumber > 1 ? html`<a href="/app${queryString(keptQuery)}">${t.board.first}</a>` : ''}
      <span>${t.board.page(fmt.number(pageNumber))}</span>
      ${data.page.nextCursor ? html`<a rel="next" href="/app${queryString({ ...keptQuery, cursor: data.page.nextCursor, page: pageNumber + 1 })}">${t.board.next}</a>` : ''}
    </nav>`;
}

export function boardPage(web: WebContext, data: BoardData, total: number): Html {
  const { t } = web;
  const propose = mayRun(web.user?.roles ?? [], 'propose')
    ? html`<p><a class="button" href="${proposeHref}">${t.board.proposeLink}</a></p>`
    : '';
  const body = html`${propose}
    <div data-live="board" data-position="${data.position}">
      ${counts(web, data.counts)} ${lookup(web, data)} ${filters(web, data)}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" class="visually-hidden">${t.board.title}</h2>
        ${list(web, data, total)}
      </section>
    </div>`;
  return layout(web, { title: t.board.title, area: 'board', body });
}
