import type { PublicRecommendationPage } from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { publicActionCard } from './public-action.view';
import { publicHref, publicPlanPath, type PublicContext } from './public-context';
import { mechanismText, positionText, statusText, textIn } from './public-display';

const field = (label: string, value: HtmlValue): HtmlValue =>
  value === null || value === undefined || value === ''
    ? ''
    : html`<dt>${label}</dt>
        <dd>${value}</dd>`;

/** A published recommendation's public fields, its position and public rationale, and its published actions. */
export function publicRecommendationBody(context: PublicContext, page: PublicRecommendationPage): Html {
  const p = context.t.publicPortal;
  const { recommendation: r, actions } = page;
  const shown = textIn(context, r);
  const upr = r.uprCycle === null ? null : p.uprCycle(String(r.uprCycle), String(r.uprSession ?? ''));
  const others = Object.entries(r.translations).filter(([language]) => language !== context.locale);
  return html`<blockquote lang="${shown === r.text ? r.language : context.locale}">
      <p>${shown}</p>
    </blockquote>
    <p>${p.originalLanguage(r.language)}</p>
    <dl class="fields">
      ${field(p.status, statusText(context, r.status))}
      ${field(p.position, positionText(context, r.position))} ${field(p.rationale, r.rationale)}
      ${field(p.mechanism, mechanismText(context, r.mechanism))} ${field(p.body, r.body)}
      ${field(p.recommendingParties, r.recommendingParties.map((party) => party.name).join(', '))}
      ${field(p.stateUnderReview, r.stateUnderReview)} ${field(p.source, upr)}
      ${field(p.document, r.documentSymbol ?? r.document)} ${field(p.paragraph, r.paragraph)}
      ${field(p.date, context.fmt.date(r.date))} ${field(p.themes, r.themes.join(', '))}
      ${field(p.sdgTargets, r.sdgTargets.join(', '))} ${field(p.affectedGroups, r.affectedGroups.join(', '))}
      ${field(
        p.plan,
        r.planId === null
          ? null
          : html`<a href="${publicHref(context, publicPlanPath(r.planId))}">${r.planId}</a>`,
      )}
    </dl>
    ${
      shown !== r.text || others.length > 0
        ? html`<h2>${p.translations}</h2>
            <blockquote lang="${r.language}"><p>${r.text}</p></blockquote>
            ${others.map(([language, text]) => html`<blockquote lang="${language}"><p>${text}</p></blockquote>`)}`
        : ''
    }
    <h2>${p.actionsHeading}</h2>
    ${
      actions.length === 0
        ? html`<p>${p.noActions}</p>`
        : actions.map((action) => publicActionCard(context, action, 3))
    }`;
}
