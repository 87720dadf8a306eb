import type {
  ActionSummary,
  PlanInstitutions,
  PlanWithCounts,
  RecommendationItem,
  RecommendationPage,
} from '@app/recommendations';
import type { BoardQueryDto } from '../board/board-query.dto';
import { html, queryString, type Html } from '../html/html';
import { statusLabel } from '../i18n/labels';
import { layout } from '../layout/layout';
import { planHref, recommendationHref } from '../links';
import type { WebContext } from '../web-context';
import { planActionsSection } from '../actions/plan-actions.view';
import { institutionsSection } from './plan-institutions.view';
import { progressBar } from '../charts/progress-bar';
import { implementedRatio } from './plan-progress';

export interface PlanPageData {
  plan: PlanWithCounts;
  institutions: PlanInstitutions;
  actions: readonly ActionSummary[];
  page: RecommendationPage;
  query: BoardQueryDto;
  pageSize: number;
}

function progress(web: WebContext, plan: PlanWithCounts): Html {
  const { t, fmt } = web;
  const { counts } = plan;
  return html`<section aria-labelledby="progress-heading">
    <h2 id="progress-heading">${t.plans.progressHeading}</h2>
    <dl class="fields">
      <dt>${t.plans.id}</dt>
      <dd>${plan.id}</dd>
      <dt>${t.plans.colPeriod}</dt>
      <dd>${t.plans.period(fmt.date(plan.periodStart), fmt.date(plan.periodEnd))}</dd>
    </dl>
    <p class="implemented-share progress">
      ${progressBar(implementedRatio(counts))}
      ${t.plans.implementedShare(
        fmt.percent(implementedRatio(counts)),
        fmt.number(counts.byStatus.implemented),
        fmt.number(counts.total),
      )}
    </p>
    <ul class="counts">
      <li>${t.plans.colTotal}<strong>${fmt.number(counts.total)}</strong></li>
      <li>${t.plans.colPlanned}<strong>${fmt.number(counts.byStatus.planned)}</strong></li>
      <li>${t.plans.colImplemented}<strong>${fmt.number(counts.byStatus.implemented)}</strong></li>
      <li>${t.plans.colArchived}<strong>${fmt.number(counts.byStatus.archived)}</strong></li>
      <li class="${counts.overdueTargets > 0 ? 'overdue' : ''}">
        ${t.plans.colOverdue}<strong>${fmt.number(counts.overdueTargets)}</strong>
      </li>
    </ul>
  </section>`;
}

const shorten = (text: string, max = 160): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

function row(web: WebContext, item: RecommendationItem): Html {
  const { t, fmt } = web;
  return html`<tr>
    <td><a href="${recommendationHref(item.reference)}">${item.reference}</a></td>
    <td lang="${item.textLanguage}">${shorten(item.text)}</td>
    <td><span class="badge">${statusLabel(t, item.status)}</span></td>
    <td>
      ${fmt.date(item.plan?.targetDate)}${
        item.overdue && item.status === 'planned'
          ? html` <span class="badge overdue">${t.plans.overdueBadge}</span>`
          : ''
      }
    </td>
    <td>${(item.plan?.responsibleInstitutions ?? []).join('; ')}</td>
  </tr>`;
}

function recommendations(web: WebContext, data: PlanPageData): Html {
  const { t, fmt } = web;
  const { page, plan } = data;
  const pageNumber = data.query.page ?? 1;
  const first = (pageNumber - 1) * data.pageSize + 1;
  const shown =
    page.items.length === 0 ? '0' : `${fmt.number(first)}–${fmt.number(first + page.items.length - 1)}`;
  const list =
    page.items.length === 0
      ? html`<p class="notice">${t.plans.noRecommendations}</p>`
      : html`<table id="plan-recommendations">
            <caption>
              ${t.plans.recommendationsCaption(shown, fmt.number(plan.counts.total))}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.plans.colReference}</th>
                <th scope="col">${t.plans.colText}</th>
                <th scope="col">${t.plans.colStatus}</th>
                <th scope="col">${t.plans.colTarget}</th>
                <th scope="col">${t.plans.colInstitutions}</th>
              </tr>
            </thead>
            <tbody>
              ${page.items.map((item) => row(web, item))}
            </tbody>
          </table>
          <nav class="pager" aria-label="${t.plans.recommendationsHeading}">
            ${pageNumber > 1 ? html`<a href="${planHref(plan.id)}">${t.plans.first}</a>` : ''}
            ${
              page.nextCursor
                ? html`<a
                    rel="next"
                    href="${planHref(plan.id)}${queryString({ cursor: page.nextCursor, page: pageNumber + 1 })}"
                    >${t.plans.next}</a
                  >`
                : ''
            }
          </nav>`;
  return html`<section aria-labelledby="recommendations-heading">
    <h2 id="recommendations-heading">${t.plans.recommendationsHeading}</h2>
    ${list}
  </section>`;
}

/** One plan: its progress, its recommendations by responsible institution, and the recommendations themselves. */
export function planPage(web: WebContext, data: PlanPageData): Html {
  const { t } = web;
  const body = html`<p><a href="/app/plans">${t.plans.allPlans}</a></p>
    ${progress(web, data.plan)} ${planActionsSection(web, data.plan, data.actions)}
    ${institutionsSection(web, data.institutions.institutions)} ${recommendations(web, data)}`;
  return layout(web, { title: data.plan.title, area: 'plans', body });
}
