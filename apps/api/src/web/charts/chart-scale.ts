/** Ink for text and axes, and the series colours: each at least 4.5:1 on white (WCAG 1.4.3 and 1.4.11). */
export const CHART_INK = '#1b1b1b';
export const CHART_AXIS = '#4a4a4a';
export const CHART_GRID = '#c9ced6';
export const SERIES_COLOURS = ['#0b4f8a', '#1d6b2f', '#7a4d00', '#a4001d'] as const;

/** An axis from 0 to a round number above `max`, in whole steps of 1, 2 or 5 times a power of ten. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough);
  return { max: Math.ceil(max / step) * step, step };
}

/** Coordinates to two decimals: exact enough for a screen, short in the page. */
export const round = (value: number): number => Math.round(value * 100) / 100;

/** A label cut to fit beside the chart; the table beside it and the bar's tooltip give it whole. */
export const fitted = (label: string, max: number): string =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;
