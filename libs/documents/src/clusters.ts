import type { DocumentRecommendation } from '@app/recommendations';
import type { DocumentLabels } from './catalogue';

export const DOCUMENT_GROUPINGS = ['theme', 'mechanism', 'cycle'] as const;
export type DocumentGrouping = (typeof DOCUMENT_GROUPINGS)[number];

export interface Cluster {
  heading: string;
  recommendations: DocumentRecommendation[];
}

/** A recommendation sits in one cluster only, so counts add up: its first theme, its mechanism or its cycle. */
function clusterKey(
  recommendation: DocumentRecommendation,
  by: DocumentGrouping,
  labels: DocumentLabels,
): string {
  if (by === 'theme') return recommendation.themes[0] ?? labels.noTheme;
  if (by === 'cycle')
    return recommendation.cycle === null ? labels.noCycle : labels.cycle(recommendation.cycle);
  const { kind, body } = recommendation.mechanism;
  return body === null ? labels.mechanisms[kind] : `${labels.mechanisms[kind]}: ${body}`;
}

/** Clusters in a stable order (headings alphabetical, cycles by number, the unclustered last); rows keep theirs. */
export function clustersOf(
  recommendations: readonly DocumentRecommendation[],
  by: DocumentGrouping,
  labels: DocumentLabels,
  language: string,
): Cluster[] {
  const clusters = new Map<string, { rank: number; recommendations: DocumentRecommendation[] }>();
  for (const recommendation of recommendations) {
    const heading = clusterKey(recommendation, by, labels);
    const rank = by === 'cycle' ? (recommendation.cycle ?? Number.MAX_SAFE_INTEGER) : 0;
    const cluster = clusters.get(heading) ?? { rank, recommendations: [] };
    cluster.recommendations.push(recommendation);
    clusters.set(heading, cluster);
  }
  const last = new Set([labels.noTheme, labels.noCycle]);
  return [...clusters.entries()]
    .sort(
      ([a, left], [b, right]) =>
        Number(last.has(a)) - Number(last.has(b)) || left.rank - right.rank || a.localeCompare(b, language),
    )
    .map(([heading, cluster]) => ({ heading, recommendations: cluster.recommendations }));
}
