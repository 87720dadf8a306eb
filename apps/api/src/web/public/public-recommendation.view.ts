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
  const f = context.t.publicRecords;
  const { recommendation: r, actions } = page;
  const shown = textIn(context, r);
  const upr = r.uprCycle === null ? null : f.uprCycle(String(r.uprCycle), String(r.uprSession ?? ''));
  const others = Object.entries(r.translations).filter(([language]) => language !== context.locale);
  return html`<blockquote lang="${shown === r.text ? r.language : context.locale}">
      <p>${shown}</p>
    </blockquote>
    <p>${f.originalLanguage(r.language)}</p>
    <dl class="fields">
      ${field(p.status, statusText(context, r.status))}
      ${field(p.position, positionText(context, r.position))} ${field(f.rationale, r.rationale)}
      ${field(p.mechanism, mechanismText(context, r.mechanism))} ${field(f.body, r.body)}
      ${field(f.recommendingParties, r.recommendingParties.map((party) => party.name).join(', '))}
      ${field(f.stateUnderReview, r.stateUnderReview)} ${field(f.source, upr)}
      ${field(f.document, r.documentSymbol ?? r.document)} ${field(f.paragraph, r.paragraph)}
      ${field(f.date, context.fmt.date(r.date))} ${field(f.themes, r.themes.join(', '))}
      ${field(f.sdgTargets, r.sdgTargets.join(', '))} ${field(f.affectedGroups, r.affectedGroups.join(', '))}
      ${field(
        f.plan,
        r.planId === null
          ? null
          : html`<a href="${publicHref(context, publicPlanPath(r.planId))}">${r.planId}</a>`,
      )}
    </dl>
    ${
      shown !== r.text || others.length > 0
        ? html`<h2>${f.translations}</h2>
            <blockquote lang="${r.language}"><p>${r.text}</p></blockquote>
            ${others.map(([language, text]) => html`<blockquote lang="${language}"><p>${text}</p></blockquote>`)}`
        : ''
    }
    <h2>${f.actionsHeading}</h2>
    ${
      actions.length === 0
        ? html`<p>${f.noActions}</p>`
        : actions.map((action) => publicActionCard(context, action, 3))
    }`;
}
