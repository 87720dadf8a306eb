import { html, type Html } from '../html/html';
import { publicHref, type PublicContext } from './public-context';
import { SCHEMA_PATH } from './open-data';

/** The open-data page: each data set in JSON and CSV, the schema and the licence. */
export function publicDataBody(context: PublicContext, licence: string): Html {
  const p = context.t.publicPortal;
  const sets = [
    { label: p.datasetRecommendations, name: 'recommendations' },
    { label: p.datasetActions, name: 'actions' },
  ];
  return html`<p>${p.dataIntro}</p>
    <p><strong>${p.licence(licence)}</strong></p>
    <table class="stack">
      <thead>
        <tr>
          <th scope="col">${p.dataset}</th>
          <th scope="col">${p.formats}</th>
        </tr>
      </thead>
      <tbody>
        ${sets.map(
          (set) =>
            html`<tr>
              <td data-label="${p.dataset}">${set.label}</td>
              <td data-label="${p.formats}">
                <a href="/public/data/${set.name}.json"><code>${`${set.name}.json`}</code></a
                >,
                <a href="/public/data/${set.name}.csv"><code>${`${set.name}.csv`}</code></a>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p><a href="${SCHEMA_PATH}">${p.schema}</a></p>
    <p><a href="${publicHref(context, '/public')}">${p.navBoard}</a></p>`;
}
