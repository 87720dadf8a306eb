import type { ActionDetailsAnswer, RecommendationStatus } from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { statusLabel } from '../i18n/labels';
import { layout } from '../layout/layout';
import { planHref, recommendationHref } from '../links';
import type { WebContext } from '../web-context';
import { actionForms, mayChange } from './action-forms.view';
import { publicationSection } from '../publication/publication-forms.view';
import { actionStatusLabel, institutionLink, readsRecords } from './action-labels';

const entry = (term: string, value: HtmlValue): Html =>
  html`<dt>${term}</dt>
    <dd>${value}</dd>`;

function details(web: WebContext, action: ActionDetailsAnswer): Html {
  const { t, fmt } = web;
  const p = t.planActions;
  const date = (value: string | null) => (value === null ? p.none : fmt.date(value));
  const supporting = action.supportingInstitutions.map((ref) => institutionLink(web, ref));
  return html`<dl class="fields">
    ${entry(p.plan, readsRecords(web) ? html`<a href="${planHref(action.planId)}">${action.planId}</a>` : action.planId)}
    ${entry(p.colStatus, actionStatusLabel(t, action.status))}
    ${action.description === null ? '' : entry(p.description, action.description)}
    ${entry(p.lead, action.leadInstitution === null ? p.none : institutionLink(web, action.leadInstitution))}
    ${entry(p.supporting, supporting.length === 0 ? p.none : supporting.map((link, i) => html`${i > 0 ? ', ' : ''}${link}`))}
    ${action.responsibleInstitutions.length === 0 ? '' : entry(p.responsible, action.responsibleInstitutions.join(', '))}
    ${entry(p.startDate, date(action.startDate))} ${entry(p.targetDate, date(action.targetDate))}
  </dl>`;
}

function linked(web: WebContext, action: ActionDetailsAnswer): Html {
  const p = web.t.planActions;
  const readsRecommendations = readsRecords(web);
  const body =
    action.recommendations.length === 0
      ? html`<p class="notice">${p.noLinks}</p>`
      : html`<table id="action-recommendations">
          <caption>
            ${p.linkedCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${p.colReference}</th>
              <th scope="col">${p.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            ${action.recommendations.map(
              (r) =>
                html`<tr>
                  <th scope="row">
                    ${
                      r.reference === null
                        ? r.id
                        : readsRecommendations
                          ? html`<a href="${recommendationHref(r.reference)}">${r.reference}</a>`
                          : r.reference
                    }
                  </th>
                  <td>${r.status === null ? '' : statusLabel(web.t, r.status as RecommendationStatus)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  return html`<section aria-labelledby="linked-heading">
    <h2 id="linked-heading">${p.linkedHeading}</h2>
    ${body}
  </section>`;
}

function indicators(web: WebContext, action: ActionDetailsAnswer): Html {
  const { fmt } = web;
  const p = web.t.planActions;
  const number = (value: number | null) => (value === null ? '' : fmt.number(value));
  const body =
    action.indicators.length === 0
      ? html`<p class="notice">${p.noIndicators}</p>`
      : html`<table id="action-indicators">
          <caption>
            ${p.indicatorsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${p.colIndicator}</th>
              <th scope="col">${p.colUnit}</th>
              <th scope="col" class="number">${p.colBaseline}</th>
              <th scope="col" class="number">${p.colIndicatorTarget}</th>
              <th scope="col" class="number">${p.colFrequency}</th>
              <th scope="col">${p.colPastDue}</th>
              <th scope="col">${p.colNextDue}</th>
            </tr>
          </thead>
          <tbody>
            ${action.indicators.map(
              (i) =>
                html`<tr>
                  <th scope="row">${i.name}</th>
                  <td>${i.unit}</td>
                  <td class="number">${number(i.baseline)}</td>
                  <td class="number">${number(i.target)}</td>
                  <td class="number">${fmt.number(i.frequencyMonths)}</td>
                  <td>${i.pastDueDates.map((d) => fmt.date(d)).join(', ')}</td>
                  <td>${i.nextDueDate === null ? p.none : fmt.date(i.nextDueDate)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  return html`<section aria-labelledby="indicators-heading">
    <h2 id="indicators-heading">${p.indicatorsHeading}</h2>
    ${body}
  </section>`;
}

/** One action: details, institutions, linked recommendations, indicators, and the forms its table allows now. */
export function actionPage(web: WebContext, action: ActionDetailsAnswer): Html {
  const p = web.t.planActions;
  const body = html`${action.implied ? html`<p class="notice">${p.impliedNote}</p>` : ''}
  ${details(web, action)} ${linked(web, action)} ${indicators(web, action)} ${actionForms(web, action)}
  ${
    mayChange(web, action, 'publishAction')
      ? publicationSection(web, {
          path: `/actions/${encodeURIComponent(action.id)}`,
          revision: action.revision,
          published: action.published,
        })
      : ''
  }`;
  return layout(web, { title: p.actionTitle(action.number, action.title), area: 'plans', body });
}
