import type { PublicCount } from '@app/recommendations';
import { barChart } from '../charts/bar-chart';
import { html, type Html } from '../html/html';
import type { PublicContext } from './public-context';

/** A bar chart and the same numbers as a table, so the figures reach every reader. */
export function countsChart(
  context: PublicContext,
  id: string,
  title: string,
  counts: readonly PublicCount[],
  label: (key: string) => string,
): Html {
  const { t, fmt } = context;
  const bars = counts.map((group) => ({
    label: label(group.key),
    value: group.count,
    valueText: fmt.number(group.count),
  }));
  return html`<section aria-labelledby="${id}-heading">
    <h2 id="${id}-heading">${title}</h2>
    ${barChart(bars, { id, title, description: t.publicPortal.chartDescription })}
    <table>
      <thead>
        <tr>
          <th scope="col">${t.publicPortal.group}</th>
          <th scope="col">${t.publicPortal.count}</th>
        </tr>
      </thead>
      <tbody>
        ${bars.map(
          (bar) =>
            html`<tr>
              <td>${bar.label}</td>
              <td>${bar.valueText}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
