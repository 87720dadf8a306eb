import {
  MAX_SUMMARY_DIMENSIONS,
  SUMMARY_DIMENSIONS,
  type SummaryDimension,
  type SummaryDimensions,
} from './summarize-recommendations.query';

/** Model version 1's dimensions, still accepted for one version: they count by the version 2 one. */
const DEPRECATED_DIMENSIONS: Readonly<Record<string, SummaryDimension>> = {
  sourceKind: 'mechanism',
  sourceEntity: 'party',
};
const KNOWN: readonly string[] = SUMMARY_DIMENSIONS;

export type SummaryDimensionsResult = { ok: true; value: SummaryDimensions } | { ok: false; message: string };

/** `status` or `mechanism,status` (the API's `by`, the CLI's `--by`); anything else with a message saying why. */
export function parseSummaryDimensions(text: string): SummaryDimensionsResult {
  const names = text.split(',').map((name) => DEPRECATED_DIMENSIONS[name.trim()] ?? name.trim());
  const unknown = names.find((name) => !KNOWN.includes(name));
  if (unknown !== undefined) {
    return {
      ok: false,
      message: `by must be one of: ${SUMMARY_DIMENSIONS.join(', ')} (not "${unknown.slice(0, 50)}")`,
    };
  }
  if (names.length > MAX_SUMMARY_DIMENSIONS)
    return { ok: false, message: 'by takes at most two dimensions, like mechanism,status' };
  if (new Set(names).size !== names.length)
    return { ok: false, message: 'by must name two different dimensions' };
  return { ok: true, value: names as unknown as SummaryDimensions };
}
