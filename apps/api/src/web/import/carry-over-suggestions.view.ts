import type { CarryOverSuggestion } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { recommendationHref } from '../links';
import type { WebContext } from '../web-context';

/** After a commit the candidate exists, so each suggestion gets a button that posts the link; nothing is automatic. */
function confirmForm(web: WebContext, suggestion: CarryOverSuggestion, reportHref: string): Html {
  return html`<form
    class="command"
    method="post"
    action="/recommendations/${encodeURIComponent(suggestion.candidateRecommendationId)}/links"
    data-next="href"
    data-href="${reportHref}"
  >
    <input type="hidden" name="kind" value="carried_over_from" />
    <input type="hidden" name="recommendationId" value="${suggestion.recommendationId}" />
    <button type="submit" aria-label="${web.t.links.confirmCarryOver}: ${suggestion.candidateReference}">
      ${web.t.links.confirmCarryOver}
    </button>
    <p class="form-error" role="alert" hidden></p>
  </form>`;
}

/** The earlier recommendations the file's rows may repeat, most similar first for each row. */
export function carryOverSuggestions(
  web: WebContext,
  suggestions: readonly CarryOverSuggestion[] | undefined,
  committed: boolean,
  reportHref: string,
): Html | '' {
  if (suggestions === undefined) return '';
  const { t, fmt } = web;
  const m = t.links;
  return html`<section aria-labelledby="carry-over-heading" id="carry-over-suggestions">
    <h3 id="carry-over-heading">${m.carryOverHeading}</h3>
    ${
      suggestions.length === 0
        ? html`<p>${m.carryOverNone}</p>`
        : html`<p class="hint">${m.carryOverHint}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col" class="number">${m.candidateRow}</th>
                  <th scope="col">${m.earlierRecommendation}</th>
                  <th scope="col" class="number">${m.similarity}</th>
                  ${committed ? html`<td></td>` : ''}
                </tr>
              </thead>
              <tbody>
                ${suggestions.map(
                  (s) =>
                    html`<tr>
                      <td class="number">${s.rows.map((row) => fmt.number(row)).join(', ')}</td>
                      <td><a href="${recommendationHref(s.reference)}">${s.reference}</a></td>
                      <td class="number">${fmt.number(Math.round(s.similarity * 100))} %</td>
                      ${committed ? html`<td>${confirmForm(web, s, reportHref)}</td>` : ''}
                    </tr>`,
                )}
              </tbody>
            </table>`
    }
  </section>`;
}
