import type { PublicAction } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { publicActionCard } from './public-action.view';
import { publicHref, publicPlanPath, type PublicContext } from './public-context';

/** Every plan that has a published action, with how many. */
export function publicPlansBody(context: PublicContext, actions: readonly PublicAction[]): Html {
  const p = context.t.publicPortal;
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.planId, (counts.get(action.planId) ?? 0) + 1);
  if (counts.size === 0) return html`<p>${p.noPlans}</p>`;
  return html`<p>${p.plansIntro}</p>
    <ul>
      ${[...counts].map(
        ([planId, count]) =>
          html`<li>
            <a href="${publicHref(context, publicPlanPath(planId))}">${p.planTitle(planId)}</a>:
            ${p.actionCount(context.fmt.number(count))}
          </li>`,
      )}
    </ul>`;
}

/** One plan's published actions, each with its validated published progress. */
export function publicPlanBody(context: PublicContext, actions: readonly PublicAction[]): Html {
  return html`${actions.map((action) => publicActionCard(context, action, 2))}`;
}
