import type { RecordedEvent } from '@app/event-store';
import {
  evolve,
  initialState,
  UnexpectedEventError,
  type MechanismAssessment,
  type PositionState,
  type RecommendationEvent,
  type RecommendationState,
  type EvidenceFile,
  type RecommendationStatus,
} from '../domain';
import { eventActor, eventTime, type EventActor } from './projected-event';

export type ExistingState = Exclude<RecommendationState, { status: 'none' }>;

/** Everything the lifecycle read model keeps about one recommendation, stored as JSON in its row. */
export interface RecommendationView {
  state: ExistingState;
  revision: number;
  /** Log position of the proposal, as a decimal string. */
  seq: string;
  createdAt: string;
  updatedAt: string;
  statusSince: string;
  /** Time spent in each status left so far; the current one is added at query time. */
  timeInStatusMs: Partial<Record<RecommendationStatus, number>>;
  /** How many corrections changed the fields since the proposal: readers see the record was corrected. */
  corrections: number;
  /** The mechanisms' own assessments in the order recorded; the State's stays in `state.implementation`. */
  mechanismAssessments?: RecordedMechanismAssessment[];
  /** Every file attached, in the order attached (absent in views written before evidence existed). */
  evidence?: AttachedEvidence[];
  /** When the current publication was recorded (the latest publish); absent while not published. */
  publishedAt?: string;
}

/** A file as the record lists it: what was stored, why, and who attached it when. */
export type AttachedEvidence = EvidenceFile & {
  note?: string;
  decisionRevision?: number;
  attachedAt: string;
  attachedBy: EventActor;
};

export type RecordedMechanismAssessment = MechanismAssessment & { recordedAt: string };

export interface Transition {
  from: RecommendationStatus | null;
  to: RecommendationStatus;
  type: string;
  at: string;
  actor: EventActor;
}

/** Folds one stored event, `decoded` as the deciders read it, into the view with the domain's own evolve; pure. */
export function nextView(
  before: RecommendationView | undefined,
  event: RecordedEvent,
  decoded: RecommendationEvent,
): { view: RecommendationView; transition: Transition } {
  const state = evolve(before?.state ?? initialState, decoded);
  if (state.status === 'none') throw new UnexpectedEventError('none', event.type);
  const at = eventTime(event);
  const from = before?.state.status ?? null;
  const timeInStatusMs = { ...before?.timeInStatusMs };
  let statusSince = before?.statusSince ?? at;
  if (from !== null && from !== state.status) {
    timeInStatusMs[from] =
      (timeInStatusMs[from] ?? 0) + Math.max(0, Date.parse(at) - Date.parse(statusSince));
    statusSince = at;
  }
  const view: RecommendationView = {
    state,
    revision: Number(event.revision),
    seq: before?.seq ?? event.position.toString(),
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    statusSince,
    timeInStatusMs,
    corrections: (before?.corrections ?? 0) + (decoded.type === 'RecommendationCorrected' ? 1 : 0),
    ...mechanismAssessmentsAfter(before, decoded, at),
    ...publishedAtAfter(before, state, decoded, at),
  };
  const evidence = [...(before?.evidence ?? []), ...attachedBy(decoded, at, eventActor(event))];
  if (evidence.length > 0) view.evidence = evidence;
  return { view, transition: { from, to: state.status, type: event.type, at, actor: eventActor(event) } };
}

function attachedBy(decoded: RecommendationEvent, at: string, actor: EventActor): AttachedEvidence[] {
  if (decoded.type !== 'EvidenceAttached') return [];
  const { evidence, ...about } = decoded.data;
  return evidence.map((file) => ({ ...file, ...about, attachedAt: at, attachedBy: actor }));
}

/** A publish (again) dates the publication; it lasts as long as the state keeps one. */
function publishedAtAfter(
  before: RecommendationView | undefined,
  state: ExistingState,
  decoded: RecommendationEvent,
  at: string,
): Pick<RecommendationView, 'publishedAt'> {
  if (state.publication === undefined) return {};
  const publishedAt = decoded.type === 'RecommendationPublished' ? at : before?.publishedAt;
  return publishedAt === undefined ? {} : { publishedAt };
}

/** The position the read models show: the recorded one, `pending` while a response is deferred, else null. */
export function positionShown(state: ExistingState): PositionState | null {
  if (state.status === 'under_review') return state.deferral === undefined ? null : 'pending';
  return 'position' in state ? (state.position ?? null) : null;
}

function mechanismAssessmentsAfter(
  before: RecommendationView | undefined,
  decoded: RecommendationEvent,
  at: string,
): Pick<RecommendationView, 'mechanismAssessments'> {
  const kept = before?.mechanismAssessments;
  if (decoded.type !== 'MechanismAssessmentRecorded')
    return kept === undefined ? {} : { mechanismAssessments: kept };
  return { mechanismAssessments: [...(kept ?? []), { ...decoded.data, recordedAt: at }] };
}

/** The most recent assessment (by its date, then by when recorded): the export's and `?mechanismGrade=`'s. */
export function latestMechanismAssessment(view: RecommendationView): RecordedMechanismAssessment | undefined {
  return [...(view.mechanismAssessments ?? [])].reduce<RecordedMechanismAssessment | undefined>(
    (found, assessment) =>
      found === undefined || assessment.assessedOn >= found.assessedOn ? assessment : found,
    undefined,
  );
}

/** The grade of the most recent assessment, for `?mechanismGrade=`. */
export const latestMechanismGrade = (view: RecommendationView): string | null =>
  latestMechanismAssessment(view)?.grade ?? null;
