import type { LinkItem, RecommendationDetails } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { recommendationHref } from '../links';
import type { WebContext } from '../web-context';
import { gradeLabel } from './link-forms.view';

/** One link, read from this side; the other's page is linked and its id shown, as the link forms ask for it. */
function linkRow(web: WebContext, link: LinkItem, direction: 'outgoing' | 'incoming'): Html {
  const other =
    link.reference === null
      ? link.recommendationId
      : html`<a href="${recommendationHref(link.reference)}">${link.reference}</a>`;
  return html`<li data-link="${direction}">
    ${web.t.links[link.label]}: ${other} <code class="hint">${link.recommendationId}</code>
  </li>`;
}

/** Links in both directions: those this recommendation declares and those declared towards it. */
export function linksSection(web: WebContext, d: RecommendationDetails): Html {
  const { outgoing, incoming } = d.links;
  return html`<section aria-labelledby="links-heading" id="links">
    <h2 id="links-heading">${web.t.links.linksHeading}</h2>
    ${
      outgoing.length + incoming.length === 0
        ? html`<p>${web.t.links.noLinks}</p>`
        : html`<ul class="plain">
            ${outgoing.map((link) => linkRow(web, link, 'outgoing'))}
            ${incoming.map((link) => linkRow(web, link, 'incoming'))}
          </ul>`
    }
  </section>`;
}

/** The State's assessment and the mechanisms' ones side by side, never merged. */
export function assessmentsSection(web: WebContext, d: RecommendationDetails): Html {
  const { t, fmt } = web;
  const state = d.stateAssessment;
  return html`<section aria-labelledby="assessments-heading" id="assessments">
    <h2 id="assessments-heading">${t.links.assessmentsHeading}</h2>
    <div class="columns">
      <div>
        <h3>${t.links.stateAssessment}</h3>
        <p>${state === null ? t.links.noStateAssessment : state.assessment}</p>
      </div>
      <div>
        <h3>${t.links.mechanismAssessments}</h3>
        ${
          d.mechanismAssessments.length === 0
            ? html`<p>${t.links.noMechanismAssessments}</p>`
            : html`<ul class="plain" id="mechanism-assessments">
                ${d.mechanismAssessments.map(
                  (a) =>
                    html`<li>
                      <strong>${gradeLabel(web, a.grade)}</strong> (${t.links[a.scale]}): ${a.assessedBy},
                      ${fmt.date(a.assessedOn)}${a.documentSymbol ? html`, ${a.documentSymbol}` : ''}
                      ${a.note ? html`<br />${a.note}` : ''}
                    </li>`,
                )}
              </ul>`
        }
      </div>
    </div>
  </section>`;
}
