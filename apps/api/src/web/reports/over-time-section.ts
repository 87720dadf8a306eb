import type { ImplementationOverTime } from '@app/recommendations';
import { lineChart } from '../charts/line-chart';
import { html, type Html } from '../html/html';
import type { WebContext } from '../web-context';
import { downloads, type FilterQuery } from './chart-section';

/** Totals to date as two lines, and every month's numbers in the table beside them. */
export function overTimeSection(web: WebContext, answer: ImplementationOverTime, filters: FilterQuery): Html {
  const { t, fmt } = web;
  const months = answer.months;
  const last = months[months.length - 1];
  const body =
    last === undefined
      ? html`<p class="notice">${t.reports.overTimeEmpty}</p>`
      : html`<div class="report-body wide">
          <figure class="chart">
            ${lineChart(
              {
                categories: months.map((month) => fmt.month(month.month, 'short')),
                series: [
                  { name: t.reports.seriesReflected, values: months.map((m) => m.reflectedInPlanToDate) },
                  { name: t.reports.seriesImplemented, values: months.map((m) => m.implementedToDate) },
                ],
                formatNumber: (value) => fmt.number(value),
              },
              {
                id: 'chart-over-time',
                title: t.reports.overTimeCaption,
                description: t.reports.lineDescription(
                  fmt.month(last.month),
                  fmt.number(last.reflectedInPlanToDate),
                  fmt.number(last.implementedToDate),
                ),
              },
            )}
          </figure>
          <table id="chart-over-time-table">
            <caption>
              ${t.reports.overTimeCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.reports.colMonth}</th>
                <th scope="col" class="number">${t.reports.colReflected}</th>
                <th scope="col" class="number">${t.reports.colImplemented}</th>
                <th scope="col" class="number">${t.reports.colReflectedToDate}</th>
                <th scope="col" class="number">${t.reports.colImplementedToDate}</th>
              </tr>
            </thead>
            <tbody>
              ${months.map(
                (month) =>
                  html`<tr>
                    <th scope="row">${fmt.month(month.month)}</th>
                    <td class="number">${fmt.number(month.reflectedInPlan)}</td>
                    <td class="number">${fmt.number(month.implemented)}</td>
                    <td class="number">${fmt.number(month.reflectedInPlanToDate)}</td>
                    <td class="number">${fmt.number(month.implementedToDate)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return html`<section class="report" aria-labelledby="chart-over-time-heading">
    <h2 id="chart-over-time-heading">${t.reports.overTime}</h2>
    <p class="hint">${t.reports.overTimeIntro}</p>
    ${body} ${downloads(web, '/reports/over-time', filters)}
  </section>`;
}
