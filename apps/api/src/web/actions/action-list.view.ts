import type { ActionSummary } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { actionHref } from '../links';
import type { WebContext } from '../web-context';
import { actionStatusLabel } from './action-labels';

/** Actions in number order; `role` adds the column saying whether the institution leads or supports each. */
export function actionTable(
  web: WebContext,
  actions: readonly (ActionSummary & { role?: 'lead' | 'supporting' })[],
  options: { id: string; withRole?: boolean },
): Html {
  const { t, fmt } = web;
  if (actions.length === 0) return html`<p class="notice">${t.planActions.noActions}</p>`;
  return html`<table id="${options.id}">
    <caption>
      ${t.planActions.actionsCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.planActions.colNumber}</th>
        <th scope="col">${t.planActions.colTitle}</th>
        <th scope="col">${t.planActions.colStatus}</th>
        ${options.withRole ? html`<th scope="col">${t.planActions.colRole}</th>` : ''}
        <th scope="col">${t.planActions.colTarget}</th>
        <th scope="col" class="number">${t.planActions.colRecommendations}</th>
      </tr>
    </thead>
    <tbody>
      ${actions.map(
        (action) =>
          html`<tr>
            <th scope="row"><a href="${actionHref(action.id)}">${action.number}</a></th>
            <td>${action.title}</td>
            <td>${actionStatusLabel(t, action.status)}</td>
            ${
              options.withRole
                ? html`<td>
                    ${action.role === 'lead' ? t.planActions.roleLead : t.planActions.roleSupporting}
                  </td>`
                : ''
            }
            <td>${action.targetDate === null ? '' : fmt.date(action.targetDate)}</td>
            <td class="number">${fmt.number(action.recommendationCount)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
