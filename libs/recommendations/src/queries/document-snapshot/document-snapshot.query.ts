import { Query } from '@nestjs/cqrs';
import type { MechanismKind, PositionState, RecommendationStatus } from '../../domain';
import type { ReadModelAnswer, RecommendationFilters } from '../common';

/** The languages documents are written in: the UN languages the State uses, and Turkmen for national use. */
export const DOCUMENT_LANGUAGES = ['en', 'ru', 'tk'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export interface DocumentAction {
  number: string;
  title: string;
}

/** A validated progress report; submitted, returned and draft reports never reach a document. */
export interface DocumentProgress {
  actionNumber: string;
  periodEnd: string;
  narrative: string;
}

/** One recommendation as every document reads it: plain data, names already in the document's language. */
export interface DocumentRecommendation {
  reference: string;
  text: string;
  parties: string[];
  mechanism: { kind: MechanismKind; body: string | null };
  cycle: number | null;
  /** Theme names in the document's language (the id where the vocabulary has no such theme). */
  themes: string[];
  position: PositionState | null;
  status: RecommendationStatus;
  actions: DocumentAction[];
  /** Lead and supporting institutions of the linked actions, by name in the document's language. */
  institutions: string[];
  /** Oldest period first, so the last one is the latest. */
  validatedProgress: DocumentProgress[];
  stateAssessment: string | null;
  mechanismGrade: string | null;
}

/** What a document is built from: the read models at one log position, read in one transaction. */
export interface DocumentSnapshot {
  position: string;
  /** The time of the latest change the snapshot holds: the documents' creation date, so it is reproducible. */
  positionTime: string;
  /** No ledger exists yet: always null until one does (docs/documents.md). */
  ledgerDigest: string | null;
  language: DocumentLanguage;
  recommendations: DocumentRecommendation[];
}

/** Which recommendations: the list's filters, and optionally only the references or ids the secretariat picked. */
export interface DocumentSelection {
  filters: RecommendationFilters;
  references?: readonly string[];
  ids?: readonly string[];
}

export class DocumentSnapshotQuery extends Query<ReadModelAnswer<DocumentSnapshot>> {
  constructor(
    readonly selection: DocumentSelection,
    readonly language: DocumentLanguage,
    readonly consistentWith?: bigint,
  ) {
    super();
  }
}
