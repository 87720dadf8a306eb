import type {
  PlanLink,
  PositionState,
  ProgressReport,
  RecommendationSource,
  RecommendationStatus,
} from '../../domain';
import { positionShown, type RecommendationView, type Transition } from '../../read-models';

/** A plan link as answered: the details not given yet are null. */
export type PlanLinkAnswer = {
  [Field in keyof PlanLink]-?: Field extends 'planId' ? string : Exclude<PlanLink[Field], undefined> | null;
};

const planLinkAnswer = (plan: PlanLink): PlanLinkAnswer => ({
  planId: plan.planId,
  actionRef: plan.actionRef ?? null,
  responsibleInstitutions: plan.responsibleInstitutions ?? null,
  targetDate: plan.targetDate ?? null,
});

/** One item of `GET /recommendations`: the record as it stands, without its history. */
export interface RecommendationItem {
  id: string;
  reference: string;
  text: string;
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
  revision: number;
  updatedAt: string;
}

/** `GET /recommendations/:id`, exactly as docs/api.md lists it. */
export interface RecommendationDetails extends RecommendationItem {
  transitions: Transition[];
  /** Whole seconds in each status visited; the current one runs to the moment of the query. */
  timeInStatus: Partial<Record<RecommendationStatus, number>>;
}

export function isOverdue(view: RecommendationView, today: string): boolean {
  const { state } = view;
  if (state.status === 'under_review') return state.reviewDueDate < today;
  if (state.status === 'planned') return state.plan.targetDate !== undefined && state.plan.targetDate < today;
  return false;
}

export function recommendationItem(view: RecommendationView, today: string): RecommendationItem {
  const { state } = view;
  return {
    id: state.id,
    reference: state.reference,
    text: state.text,
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
  transitions: Transition[],
  now: Date,
  today: string,
): RecommendationDetails {
  const { revision, updatedAt, ...item } = recommendationItem(view, today);
  return { ...item, transitions, timeInStatus: timeInStatus(view, now), revision, updatedAt };
}
