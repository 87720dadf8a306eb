import { Query } from '@nestjs/cqrs';
import type { RecordedMechanismAssessment } from '../../read-models';
import type { ReadModelAnswer } from '../common';

/** Each link column of the export: the other recommendations' references, as this one reads the link. */
export const EXPORT_LINK_COLUMNS = [
  'carriedOverFrom',
  'carriedOverTo',
  'duplicates',
  'duplicatedBy',
  'related',
] as const;
export type ExportLinkColumn = (typeof EXPORT_LINK_COLUMNS)[number];

/** The latest validated progress report on any action the recommendation is linked to. */
export interface ValidatedProgress {
  periodEnd: string;
  /** The narrative's first words, at most EXCERPT_LENGTH characters. */
  narrativeExcerpt: string;
}

/** What the recommendation export adds to each listed item, from the other read models. */
export interface RecommendationExportDetails {
  stateAssessment: string | null;
  latestMechanismAssessment: RecordedMechanismAssessment | null;
  links: Record<ExportLinkColumn, string[]>;
  /** Names (in the language asked, else English) of the institutions leading the linked actions. */
  leadInstitutions: string[];
  supportingInstitutions: string[];
  latestValidatedProgress: ValidatedProgress | null;
}

/** The export details of one page of recommendations; `lang` picks the institutions' names. */
export class RecommendationExportDetailsQuery extends Query<
  ReadModelAnswer<Map<string, RecommendationExportDetails>>
> {
  constructor(
    readonly recommendationIds: readonly string[],
    readonly lang?: string,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
