import { html, type Html } from '../html/html';
import { CHART_AXIS, CHART_INK, SERIES_COLOURS, fitted, round } from './chart-scale';

export interface Bar {
  label: string;
  value: number;
  /** The value as the page's language writes it. */
  valueText: string;
}

/** The chart's accessible name and description, and the id prefix they are referenced by. */
export interface ChartText {
  id: string;
  title: string;
  description: string;
}

const WIDTH = 720;
const LABEL_WIDTH = 280;
const VALUE_SPACE = 72;
const ROW = 30;
const BAR = 20;
const PAD = 8;
const LABEL_CHARACTERS = 30;
/** The longest bar, drawn for the largest value. */
export const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_SPACE;

export const barLength = (value: number, max: number): number =>
  max > 0 ? round((Math.max(0, value) / max) * BAR_AREA) : 0;

/** Horizontal bars, one per datum in the order given, lengths proportional to the values; labels on the left. */
export function barChart(bars: readonly Bar[], text: ChartText): Html {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = PAD * 2 + bars.length * ROW;
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="bar-chart"
    viewBox="0 0 ${WIDTH} ${height}"
    width="${WIDTH}"
    height="${height}"
    role="img"
    aria-labelledby="${text.id}-title ${text.id}-desc"
  >
    <title id="${text.id}-title">${text.title}</title>
    <desc id="${text.id}-desc">${text.description}</desc>
    ${bars.map((bar, index) => {
      const top = PAD + index * ROW;
      const middle = top + ROW / 2;
      const length = barLength(bar.value, max);
      return html`<g class="bar">
        <title>${bar.label}: ${bar.valueText}</title>
        <text
          x="${LABEL_WIDTH - 8}"
          y="${middle}"
          dy="0.35em"
          text-anchor="end"
          fill="${CHART_INK}"
          font-size="14"
          >${fitted(bar.label, LABEL_CHARACTERS)}</text
        >
        <rect
          x="${LABEL_WIDTH}"
          y="${top + (ROW - BAR) / 2}"
          width="${length}"
          height="${BAR}"
          fill="${SERIES_COLOURS[0]}"
          data-value="${bar.value}"
        ></rect>
        <text x="${LABEL_WIDTH + length + 6}" y="${middle}" dy="0.35em" fill="${CHART_INK}" font-size="14"
          >${bar.valueText}</text
        >
      </g>`;
    })}
    <line x1="${LABEL_WIDTH}" y1="${PAD}" x2="${LABEL_WIDTH}" y2="${height - PAD}" stroke="${CHART_AXIS}" />
  </svg>`;
}
