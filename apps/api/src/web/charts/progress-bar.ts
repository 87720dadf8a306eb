import { html, type Html } from '../html/html';
import { CHART_AXIS, SERIES_COLOURS, round } from './chart-scale';

const WIDTH = 120;
const HEIGHT = 14;

/** A bar filled to `ratio` (0..1, clamped). Decorative: the percentage is always written beside it. */
export function progressBar(ratio: number): Html {
  const filled = round(Math.min(1, Math.max(0, Number.isFinite(ratio) ? ratio : 0)) * (WIDTH - 2));
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="progress-bar"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width="${WIDTH}"
    height="${HEIGHT}"
    aria-hidden="true"
    focusable="false"
  >
    <rect
      x="0.5"
      y="0.5"
      width="${WIDTH - 1}"
      height="${HEIGHT - 1}"
      fill="#ffffff"
      stroke="${CHART_AXIS}"
    ></rect>
    <rect
      x="1"
      y="1"
      width="${filled}"
      height="${HEIGHT - 2}"
      fill="${SERIES_COLOURS[1]}"
      data-ratio="${ratio}"
    ></rect>
  </svg>`;
}
