import type {
  PlanLink,
  PositionState,
  ProgressReport,
  RecommendationSource,
  RecommendationStatus,
} from '../../domain';
import {
  positionShown,
  type AttachedEvidence,
  type RecommendationView,
  type Transition,
} from '../../read-models';
import { assessmentsOf, type AssessmentsAnswer, type LinksAnswer } from './links-answer';

/** A plan link as answered: the details not given yet are null. */
export type PlanLinkAnswer = {
  [Field in keyof PlanLink]-?: Field extends 'planId' ? string : Exclude<PlanLink[Field], undefined> | null;
};

const planLinkAnswer = (plan: PlanLink): PlanLinkAnswer => ({
  planId: plan.planId,
  actionRef: plan.actionRef ?? null,
  actionId: plan.actionId ?? null,
  responsibleInstitutions: plan.responsibleInstitutions ?? null,
  targetDate: plan.targetDate ?? null,
});

/** A translation as `GET /recommendations/:id` lists it: the latest in its language. */
export interface TranslationItem {
  language: string;
  text: string;
  translatedBy: string;
  addedAt: string;
}

/** One item of `GET /recommendations`: the record as it stands, without its history. */
export interface RecommendationItem {
  id: string;
  reference: string;
  /** In `textLanguage`: the translation `?lang=` asked for where there is one, else the original. */
  text: string;
  textLanguage: string;
  /** The original text's language; `language` says the same, as it did before translations. */
  originalLanguage: string;
  language: string;
  status: RecommendationStatus;
  position: PositionState | null;
  source: RecommendationSource;
  themes: string[];
  sdgTargets: string[];
  affectedGroups: string[];
  reviewDueDate: string | null;
  overdue: boolean;
  plan: PlanLinkAnswer | null;
  progress: ProgressReport | null;
  /** How many corrections changed the fields after the proposal (their reasons are in the history). */
  corrections: number;
  revision: number;
  updatedAt: string;
}

/** Whether the recommendation is on the public portal; the rationale shows there only when `rationalePublic`. */
export interface PublicationAnswer {
  published: boolean;
  rationalePublic: boolean | null;
  publishedAt: string | null;
}

const publicationOf = (view: RecommendationView): PublicationAnswer => ({
  published: view.state.publication !== undefined,
  rationalePublic: view.state.publication?.rationalePublic ?? null,
  publishedAt: view.publishedAt ?? null,
});

/** `GET /recommendations/:id`, exactly as docs/api.md lists it. */
export interface RecommendationDetails extends RecommendationItem, AssessmentsAnswer {
  publication: PublicationAnswer;
  links: LinksAnswer;
  /** One per language, the latest, in language order. */
  translations: TranslationItem[];
  transitions: Transition[];
  /** Whole seconds in each status visited; the current one runs to the moment of the query. */
  timeInStatus: Partial<Record<RecommendationStatus, number>>;
  /** The files attached, oldest first; each downloads from `/recommendations/:id/evidence/:sha256`. */
  evidence: EvidenceItem[];
}

/** An attached file as answered: the note and decision revision are null when not given. */
export type EvidenceItem = Omit<AttachedEvidence, 'note' | 'decisionRevision'> & {
  note: string | null;
  decisionRevision: number | null;
};

const evidenceItem = ({ note, decisionRevision, ...file }: AttachedEvidence): EvidenceItem => ({
  ...file,
  note: note ?? null,
  decisionRevision: decisionRevision ?? null,
});

export function isOverdue(view: RecommendationView, today: string): boolean {
  const { state } = view;
  if (state.status === 'under_review') return state.reviewDueDate < today;
  if (state.status === 'planned') return state.plan.targetDate !== undefined && state.plan.targetDate < today;
  return false;
}

/** The text in the language asked for, where a translation exists; `undefined` means the original. */
export type ChosenText = { language: string; text: string } | undefined;

export function recommendationItem(
  view: RecommendationView,
  today: string,
  chosen: ChosenText = undefined,
): RecommendationItem {
  const { state } = view;
  return {
    id: state.id,
    reference: state.reference,
    text: chosen?.text ?? state.text,
    textLanguage: chosen?.language ?? state.language,
    originalLanguage: state.language,
    language: state.language,
    status: state.status,
    position: positionShown(state),
    source: state.source,
    themes: state.themes,
    sdgTargets: state.sdgTargets,
    affectedGroups: state.affectedGroups,
    reviewDueDate: 'reviewDueDate' in state ? (state.reviewDueDate ?? null) : null,
    overdue: isOverdue(view, today),
    plan: 'plan' in state && state.plan !== undefined ? planLinkAnswer(state.plan) : null,
    progress: 'progress' in state ? (state.progress ?? null) : null,
    corrections: view.corrections ?? 0,
    revision: view.revision,
    updatedAt: view.updatedAt,
  };
}

export function timeInStatus(view: RecommendationView, now: Date): RecommendationDetails['timeInStatus'] {
  const ms: Partial<Record<RecommendationStatus, number>> = { ...view.timeInStatusMs };
  const current = view.state.status;
  ms[current] = (ms[current] ?? 0) + Math.max(0, now.getTime() - Date.parse(view.statusSince));
  return Object.fromEntries(Object.entries(ms).map(([status, spent]) => [status, Math.floor(spent / 1000)]));
}

export function recommendationDetails(
  view: RecommendationView,
  history: { transitions: Transition[]; translations: TranslationItem[]; links: LinksAnswer },
  lang: string | undefined,
  clock: { now: Date; today: string },
): RecommendationDetails {
  const chosen = lang === undefined ? undefined : translationIn(history.translations, lang);
  const { revision, updatedAt, ...item } = recommendationItem(view, clock.today, chosen);
  return {
    ...item,
    translations: history.translations,
    links: history.links,
    ...assessmentsOf(view),
    transitions: history.transitions,
    timeInStatus: timeInStatus(view, clock.now),
    evidence: (view.evidence ?? []).map(evidenceItem),
    publication: publicationOf(view),
    revision,
    updatedAt,
  };
}

/** Language tags compare case-insensitively (BCP 47). */
const translationIn = (translations: TranslationItem[], lang: string): ChosenText =>
  translations.find((translation) => translation.language.toLowerCase() === lang.toLowerCase());
