import { mayRun, type PlanWithCounts } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { planHref } from '../links';
import type { WebContext } from '../web-context';
import { implementedCell, overdueCell } from './plan-progress';
import { registerPlanForm } from './register-plan-form';

function planRow(web: WebContext, plan: PlanWithCounts): Html {
  const { t, fmt } = web;
  const { counts } = plan;
  return html`<tr>
    <th scope="row">
      <a href="${planHref(plan.id)}">${plan.title}</a><br /><span class="hint">${plan.id}</span>
    </th>
    <td>${t.plans.period(fmt.date(plan.periodStart), fmt.date(plan.periodEnd))}</td>
    <td class="number">${fmt.number(counts.total)}</td>
    <td class="number">${fmt.number(counts.byStatus.planned)}</td>
    <td class="number">${fmt.number(counts.byStatus.implemented)}</td>
    <td class="number">${fmt.number(counts.byStatus.archived)}</td>
    <td>${implementedCell(web, counts)}</td>
    <td class="number">${overdueCell(web, counts.overdueTargets)}</td>
  </tr>`;
}

function planTable(web: WebContext, plans: readonly PlanWithCounts[]): Html {
  const { t } = web;
  if (plans.length === 0) return html`<p class="notice">${t.plans.empty}</p>`;
  return html`<table id="plans-list">
    <caption>
      ${t.plans.listCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.plans.colPlan}</th>
        <th scope="col">${t.plans.colPeriod}</th>
        <th scope="col" class="number">${t.plans.colTotal}</th>
        <th scope="col" class="number">${t.plans.colPlanned}</th>
        <th scope="col" class="number">${t.plans.colImplemented}</th>
        <th scope="col" class="number">${t.plans.colArchived}</th>
        <th scope="col">${t.plans.colPercent}</th>
        <th scope="col" class="number">${t.plans.colOverdue}</th>
      </tr>
    </thead>
    <tbody>
      ${plans.map((plan) => planRow(web, plan))}
    </tbody>
  </table>`;
}

/** Every plan with its progress; the register form only for those the lifecycle table lets register plans. */
export function plansPage(web: WebContext, plans: readonly PlanWithCounts[]): Html {
  const { t } = web;
  const mayRegister = mayRun(web.user?.roles ?? [], 'registerPlan');
  const body = html`${planTable(web, plans)} ${mayRegister ? registerPlanForm(web) : ''}`;
  return layout(web, { title: t.plans.title, area: 'plans', body });
}
