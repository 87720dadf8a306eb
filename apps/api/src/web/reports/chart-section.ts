import type { RecommendationSummary } from '@app/recommendations';
import { barChart } from '../charts/bar-chart';
import { html, queryString, type Html } from '../html/html';
import type { WebContext } from '../web-context';
import { groupLabel, ordered, type ReportChart } from './report-charts';

/** More bars than this would not be read; the table beside the chart lists every group. */
export const MAX_BARS = 20;

export type FilterQuery = Record<string, string | undefined>;

/** The files of a report, from the API route that answers it, with the page's filters. */
export function downloads(web: WebContext, path: string, query: FilterQuery): Html {
  const { t } = web;
  const href = (format: string) => `${path}${queryString({ ...query, format })}`;
  return html`<p class="downloads">
    <a href="${href('csv')}" download>${t.common.downloadCsv}</a>
    <a href="${href('xlsx')}" download>${t.common.downloadXlsx}</a>
  </p>`;
}

/** One summary as a bar chart and the same numbers as a table, with its files. */
export function chartSection(
  web: WebContext,
  chart: ReportChart,
  summary: RecommendationSummary,
  filters: FilterQuery,
  names?: ReadonlyMap<string, string>,
): Html {
  const { t, fmt } = web;
  const id = `chart-${chart.by}`;
  const heading = t.reports[chart.heading] as string;
  const groups = ordered(chart, summary.groups).map((group) => ({
    label: groupLabel(web, chart.by, group.key, names),
    value: group.count,
    valueText: fmt.number(group.count),
  }));
  const largest = groups.reduce((top, group) => (group.value > top.value ? group : top), groups[0]);
  const body =
    groups.length === 0
      ? html`<p class="notice">${t.reports.empty}</p>`
      : html`<div class="report-body">
          <figure class="chart">
            ${barChart(groups.slice(0, MAX_BARS), {
              id,
              title: t.reports[chart.caption] as string,
              description: t.reports.barDescription(largest.label, largest.valueText),
            })}
            ${
              groups.length > MAX_BARS
                ? html`<figcaption class="hint">
                    ${t.reports.topNote(fmt.number(MAX_BARS), fmt.number(groups.length))}
                  </figcaption>`
                : ''
            }
          </figure>
          <table id="${id}-table">
            <caption>
              ${t.reports[chart.caption] as string}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.reports[chart.column] as string}</th>
                <th scope="col" class="number">${t.reports.colCount}</th>
              </tr>
            </thead>
            <tbody>
              ${groups.map(
                (group) =>
                  html`<tr>
                    <th scope="row">${group.label}</th>
                    <td class="number">${group.valueText}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return html`<section class="report" aria-labelledby="${id}-heading">
    <h2 id="${id}-heading">${heading}</h2>
    ${body} ${downloads(web, '/reports/summary', { ...filters, by: chart.by })}
  </section>`;
}
