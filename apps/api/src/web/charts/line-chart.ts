import { html, type Html } from '../html/html';
import type { ChartText } from './bar-chart';
import { CHART_AXIS, CHART_GRID, CHART_INK, SERIES_COLOURS, fitted, niceScale, round } from './chart-scale';

export interface Series {
  name: string;
  /** One value per category, in order. */
  values: readonly number[];
}

export interface LineChartData {
  /** The x axis's labels, already in the page's language (months). */
  categories: readonly string[];
  series: readonly Series[];
  /** Numbers on the y axis as the page's language writes them. */
  formatNumber: (value: number) => string;
}

const WIDTH = 720;
const LEFT = 60;
const RIGHT = 48;
const TOP = 16;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
export const PLOT_HEIGHT = 240;
/** The y of the x axis: a value's point sits `value / scale max` of PLOT_HEIGHT above it. */
export const BASELINE = TOP + PLOT_HEIGHT;
/** The legend sits under the month labels, one series a row, so long names never collide. */
const LEGEND_TOP = BASELINE + 52;
const LEGEND_ROW = 24;
/** At most this many month labels, so they never overlap. */
const MAX_X_LABELS = 8;
/** Colour is not the only cue: each series has its own dash and marker too (WCAG 1.4.1). */
const DASHES = ['', '8 5', '2 4', '10 4 2 4'];

const xOf = (index: number, count: number): number =>
  round(count === 1 ? LEFT + PLOT_WIDTH / 2 : LEFT + (index * PLOT_WIDTH) / (count - 1));

function marker(index: number, x: number, y: number, colour: string): Html {
  return index % 2 === 0
    ? html`<circle cx="${x}" cy="${y}" r="4" fill="${colour}"></circle>`
    : html`<rect x="${round(x - 4)}" y="${round(y - 4)}" width="8" height="8" fill="${colour}"></rect>`;
}

function legend(series: readonly Series[]): Html {
  return html`${series.map((line, index) => {
    const y = LEGEND_TOP + index * LEGEND_ROW;
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
    return html`<g class="legend">
      <line
        x1="${LEFT}"
        y1="${y}"
        x2="${LEFT + 36}"
        y2="${y}"
        stroke="${colour}"
        stroke-width="3"
        stroke-dasharray="${DASHES[index % DASHES.length]}"
      />
      ${marker(index, LEFT + 18, y, colour)}
      <text x="${LEFT + 46}" y="${y}" dy="0.35em" fill="${CHART_INK}" font-size="14"
        >${fitted(line.name, 60)}</text
      >
    </g>`;
  })}`;
}

/** Lines over categories on a shared y axis from 0, with gridlines, tick labels, a legend and a marker per point. */
export function lineChart(data: LineChartData, text: ChartText): Html {
  const count = data.categories.length;
  const scale = niceScale(Math.max(0, ...data.series.flatMap((line) => line.values)));
  const yOf = (value: number): number => round(BASELINE - (value / scale.max) * PLOT_HEIGHT);
  const ticks = Array.from({ length: scale.max / scale.step + 1 }, (_, n) => n * scale.step);
  const every = Math.ceil(count / MAX_X_LABELS);
  const height = LEGEND_TOP + data.series.length * LEGEND_ROW;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="line-chart"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    role="img"
    aria-labelledby="${text.id}-title ${text.id}-desc"
  >
    <title id="${text.id}-title">${text.title}</title>
    <desc id="${text.id}-desc">${text.description}</desc>
    ${ticks.map(
      (tick) =>
        html`<g class="tick">
          <line
            x1="${LEFT}"
            y1="${yOf(tick)}"
            x2="${WIDTH - RIGHT}"
            y2="${yOf(tick)}"
            stroke="${tick === 0 ? CHART_AXIS : CHART_GRID}"
          />
          <text
            x="${LEFT - 8}"
            y="${yOf(tick)}"
            dy="0.35em"
            text-anchor="end"
            fill="${CHART_INK}"
            font-size="13"
            >${data.formatNumber(tick)}</text
          >
        </g>`,
    )}
    ${data.categories.map((category, index) =>
      // Counted back from the last month, so the latest always has its label and none crowd it.
      (count - 1 - index) % every === 0
        ? html`<text
            class="category"
            x="${xOf(index, count)}"
            y="${BASELINE + 24}"
            text-anchor="middle"
            fill="${CHART_INK}"
            font-size="13"
            >${category}</text
          >`
        : '',
    )}
    ${legend(data.series)}
    ${data.series.map((line, index) => {
      const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
      const points = line.values.map((value, n) => [xOf(n, count), yOf(value)] as const);
      return html`<g class="series">
        <polyline
          points="${points.map(([x, y]) => `${x},${y}`).join(' ')}"
          fill="none"
          stroke="${colour}"
          stroke-width="3"
          stroke-dasharray="${DASHES[index % DASHES.length]}"
        ></polyline>
        ${points.map(([x, y]) => marker(index, x, y, colour))}
      </g>`;
    })}
  </svg>`;
}
