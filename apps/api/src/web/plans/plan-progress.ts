import type { PlanCounts } from '@app/recommendations';
import { progressBar } from '../charts/progress-bar';
import { html, type Html } from '../html/html';
import type { WebContext } from '../web-context';

/** Implemented among all the plan's recommendations; none yet is 0. */
export const implementedRatio = (counts: PlanCounts): number =>
  counts.total === 0 ? 0 : counts.byStatus.implemented / counts.total;

/** "50 %" with a bar beside it; the text says it all, the bar only shows it. */
export function implementedCell(web: WebContext, counts: PlanCounts): Html {
  const ratio = implementedRatio(counts);
  return html`<span class="progress">${progressBar(ratio)} <span>${web.fmt.percent(ratio)}</span></span>`;
}

/** The overdue count, marked when there is any. */
export function overdueCell(web: WebContext, count: number): Html {
  return count > 0
    ? html`<span class="badge overdue">${web.fmt.number(count)}</span>`
    : html`${web.fmt.number(count)}`;
}
