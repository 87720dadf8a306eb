import type { InstitutionCounts } from '@app/recommendations';
import { barChart } from '../charts/bar-chart';
import { html, type Html } from '../html/html';
import type { WebContext } from '../web-context';
import { overdueCell } from './plan-progress';

/** How many of the plan's recommendations each responsible institution carries, implemented and overdue. */
export function institutionsSection(web: WebContext, institutions: readonly InstitutionCounts[]): Html {
  const { t, fmt } = web;
  const name = (row: InstitutionCounts) => row.institution ?? t.plans.noInstitution;
  const bars = institutions.map((row) => ({
    label: name(row),
    value: row.total,
    valueText: fmt.number(row.total),
  }));
  const body =
    institutions.length === 0
      ? html`<p class="notice">${t.plans.noRecommendations}</p>`
      : html`<div class="report-body wide">
            <figure class="chart">
              ${barChart(bars, {
                id: 'chart-institutions',
                title: t.plans.institutionsChart,
                description: t.reports.barDescription(bars[0].label, bars[0].valueText),
              })}
            </figure>
            <table id="institutions">
              <caption>
                ${t.plans.institutionsCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.plans.colInstitution}</th>
                  <th scope="col" class="number">${t.plans.colTotal}</th>
                  <th scope="col" class="number">${t.plans.colPlanned}</th>
                  <th scope="col" class="number">${t.plans.colImplemented}</th>
                  <th scope="col" class="number">${t.plans.colOverdue}</th>
                </tr>
              </thead>
              <tbody>
                ${institutions.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${name(row)}</th>
                      <td class="number">${fmt.number(row.total)}</td>
                      <td class="number">${fmt.number(row.planned)}</td>
                      <td class="number">${fmt.number(row.implemented)}</td>
                      <td class="number">${overdueCell(web, row.overdueTargets)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          <p class="hint">${t.plans.institutionsNote}</p>`;
  return html`<section aria-labelledby="institutions-heading">
    <h2 id="institutions-heading">${t.plans.institutionsHeading}</h2>
    ${body}
  </section>`;
}
