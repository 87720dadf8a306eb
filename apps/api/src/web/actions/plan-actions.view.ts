import { mayRun, type ActionSummary, type PlanWithCounts } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { field, formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';
import { actionTable } from './action-list.view';

function createForm(web: WebContext, plan: PlanWithCounts): Html {
  const t = web.t.planActions;
  const scope = 'create-action';
  return html`<details class="action" id="action-create-action">
    <summary>${t.createHeading}</summary>
    <form
      class="command"
      method="post"
      action="/plans/${encodeURIComponent(plan.id)}/actions"
      data-next="consistent"
      novalidate
    >
      ${field(web, scope, { name: 'number', label: t.number, hint: t.numberHint, required: true })}
      ${field(web, scope, { name: 'title', label: t.title, required: true })}
      ${field(web, scope, { name: 'description', label: t.description, kind: 'textarea' })}
      ${field(web, scope, { name: 'leadInstitutionId', label: t.leadId })}
      ${field(web, scope, { name: 'supportingInstitutionIds', label: t.supportingIds, kind: 'list' })}
      ${field(web, scope, { name: 'startDate', label: t.startDate, kind: 'date' })}
      ${field(web, scope, { name: 'targetDate', label: t.targetDate, kind: 'date' })} ${formEnd(t.create)}
    </form>
  </details>`;
}

function importLink(web: WebContext, plan: PlanWithCounts): Html {
  const href = `/app/plans/${encodeURIComponent(plan.id)}/import-actions`;
  return html`<p><a href="${href}">${web.t.actionImports.link}</a></p>`;
}

/** The plan's actions, and for the secretariat the form that adds one. */
export function planActionsSection(
  web: WebContext,
  plan: PlanWithCounts,
  actions: readonly ActionSummary[],
): Html {
  const mayCreate = mayRun(web.user?.roles ?? [], 'createAction');
  return html`<section aria-labelledby="plan-actions-heading">
    <h2 id="plan-actions-heading">${web.t.planActions.actionsHeading}</h2>
    ${actionTable(web, actions, { id: 'plan-actions' })} ${mayCreate ? createForm(web, plan) : ''}
    ${mayCreate ? importLink(web, plan) : ''}
  </section>`;
}
