import type { ReadModelDatabase } from '@app/projections';
import { INVERSE_LINK_LABELS, type Implementation, type InverseLinkLabel, type LinkKind } from '../../domain';
import { TABLES, type RecommendationView, type RecordedMechanismAssessment } from '../../read-models';

/** A link as one side shows it: `kind` as declared, `label` as read from this side (the inverse when incoming). */
export interface LinkItem {
  kind: LinkKind;
  label: LinkKind | InverseLinkLabel;
  recommendationId: string;
  /** The other recommendation's reference; null if it is not in the read model yet. */
  reference: string | null;
  linkedAt: string;
}

export interface LinksAnswer {
  /** Declared by this recommendation (it names the other). */
  outgoing: LinkItem[];
  /** Declared by others naming this one, with the inverse label ("carried over to", "duplicated by"). */
  incoming: LinkItem[];
}

/** The State's own assessment and the mechanisms' ones, side by side and never merged. */
export interface AssessmentsAnswer {
  stateAssessment: Implementation | null;
  mechanismAssessments: RecordedMechanismAssessment[];
}

interface LinkRow {
  kind: LinkKind;
  other_id: string;
  reference: string | null;
  linked_at: string;
}

const linkQuery = (mine: 'from_id' | 'to_id', other: 'from_id' | 'to_id'): string =>
  `SELECT l.kind, l.${other} AS other_id, r.reference, l.linked_at FROM ${TABLES.links} l
   LEFT JOIN ${TABLES.recommendations} r ON r.id = l.${other}
   WHERE l.${mine} = ? ORDER BY l.linked_at, l.${other}`;

/** Both directions of one recommendation's links, read from `recommendation_links`. */
export function linksOf(db: ReadModelDatabase, id: string): LinksAnswer {
  const read = (mine: 'from_id' | 'to_id', other: 'from_id' | 'to_id') =>
    db.prepare<[string], LinkRow>(linkQuery(mine, other)).all(id);
  const item = (row: LinkRow, label: LinkItem['label']): LinkItem => ({
    kind: row.kind,
    label,
    recommendationId: row.other_id,
    reference: row.reference,
    linkedAt: row.linked_at,
  });
  return {
    outgoing: read('from_id', 'to_id').map((row) => item(row, row.kind)),
    incoming: read('to_id', 'from_id').map((row) => item(row, INVERSE_LINK_LABELS[row.kind])),
  };
}

export function assessmentsOf(view: RecommendationView): AssessmentsAnswer {
  const { state } = view;
  return {
    stateAssessment: 'implementation' in state ? (state.implementation ?? null) : null,
    mechanismAssessments: view.mechanismAssessments ?? [],
  };
}
