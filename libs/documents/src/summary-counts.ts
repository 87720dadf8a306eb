import type { DocumentRecommendation } from '@app/recommendations';
import type { DocumentLabels } from './catalogue';

/** Counts by position and by status, in the catalogue's order, only the values that occur, then the total. */
export function summaryRows(
  recommendations: readonly DocumentRecommendation[],
  labels: DocumentLabels,
): { byPosition: string[][]; byStatus: string[][] } {
  const count = <Key extends string>(keys: readonly Key[], keyOf: (r: DocumentRecommendation) => Key) =>
    keys
      .map(
        (key) =>
          [key, recommendations.filter((recommendation) => keyOf(recommendation) === key).length] as const,
      )
      .filter(([, counted]) => counted > 0);
  const positions = count([...Object.keys(labels.positions), 'none'], (r) => r.position ?? 'none');
  const statuses = count(Object.keys(labels.statuses), (r) => r.status);
  const total = [labels.total, String(recommendations.length)];
  const positionLabel = (key: string): string =>
    key === 'none' ? labels.noPosition : labels.positions[key as keyof DocumentLabels['positions']];
  return {
    byPosition: [...positions.map(([key, n]) => [positionLabel(key), String(n)]), total],
    byStatus: [
      ...statuses.map(([key, n]) => [labels.statuses[key as keyof DocumentLabels['statuses']], String(n)]),
      total,
    ],
  };
}
