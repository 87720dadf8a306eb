import type { Role } from '../roles';
import type { ActionCommandType } from './action.commands';
import type { ActionEventType, ActionStatus } from './action.events';
import type { InstitutionCommandType } from './institution.commands';
import type { InstitutionEventType } from './institution.events';
import type { InstitutionState } from './institution.state';
import type { ProgressReportCommandType } from './progress-report.commands';
import type { ProgressReportEventType, ProgressReportStatus } from './progress-report.events';

/** One row of an aggregate's lifecycle table: the decider, the auth guard and the docs all read it. */
export type AggregateRule<Status extends string, EventType extends string> = {
  readonly from: readonly Status[];
  /** `unchanged`: the status stays whatever it was. */
  readonly to: Status | 'unchanged';
  readonly roles: readonly Role[];
  readonly eventType: EventType;
  /** The free-text field the command must explain itself in. */
  readonly justification?: string;
};

export const INSTITUTION_LIFECYCLE = {
  registerInstitution: {
    from: ['none'],
    to: 'registered',
    roles: ['secretariat', 'admin'],
    eventType: 'InstitutionRegistered',
  },
  updateInstitution: {
    from: ['registered'],
    to: 'unchanged',
    roles: ['secretariat', 'admin'],
    eventType: 'InstitutionUpdated',
  },
} as const satisfies {
  readonly [C in InstitutionCommandType]: AggregateRule<InstitutionState['status'], InstitutionEventType>;
};

/** Every status an action can be in once created. */
const EXISTING_ACTION: readonly ActionStatus[] = [
  'planned',
  'in_progress',
  'delayed',
  'completed',
  'cancelled',
];
/** The statuses in which work on an action is still open. */
const OPEN_ACTION: readonly ActionStatus[] = ['planned', 'in_progress', 'delayed'];

/** A plan action's lifecycle (docs/actions.md), as data, like the recommendation's LIFECYCLE. */
export const ACTION_LIFECYCLE = {
  createAction: { from: ['none'], to: 'planned', roles: ['secretariat'], eventType: 'ActionCreated' },
  updateAction: { from: OPEN_ACTION, to: 'unchanged', roles: ['secretariat'], eventType: 'ActionUpdated' },
  startAction: { from: ['planned'], to: 'in_progress', roles: ['secretariat'], eventType: 'ActionStarted' },
  delayAction: {
    from: ['planned', 'in_progress'],
    to: 'delayed',
    roles: ['secretariat'],
    eventType: 'ActionDelayed',
    justification: 'reason',
  },
  resumeAction: { from: ['delayed'], to: 'in_progress', roles: ['secretariat'], eventType: 'ActionResumed' },
  completeAction: {
    from: ['in_progress', 'delayed'],
    to: 'completed',
    roles: ['secretariat'],
    eventType: 'ActionCompleted',
  },
  cancelAction: {
    from: OPEN_ACTION,
    to: 'cancelled',
    roles: ['secretariat'],
    eventType: 'ActionCancelled',
    justification: 'reason',
  },
  linkRecommendations: {
    from: OPEN_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'RecommendationsLinked',
  },
  unlinkRecommendations: {
    from: EXISTING_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'RecommendationsUnlinked',
  },
  defineIndicator: {
    from: OPEN_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'IndicatorDefined',
  },
  changeIndicatorSchedule: {
    from: OPEN_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'IndicatorScheduleChanged',
  },
  publishAction: {
    from: EXISTING_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'ActionPublished',
  },
  unpublishAction: {
    from: EXISTING_ACTION,
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'ActionUnpublished',
  },
} as const satisfies { readonly [C in ActionCommandType]: AggregateRule<ActionStatus, ActionEventType> };

/** submitted -> validated | returned -> (resubmitted) submitted; only validated reports count. */
export const PROGRESS_REPORT_LIFECYCLE = {
  submitProgressReport: {
    from: ['none'],
    to: 'submitted',
    roles: ['focal_point', 'secretariat'],
    eventType: 'ProgressReportSubmitted',
  },
  returnProgressReport: {
    from: ['submitted'],
    to: 'returned',
    roles: ['secretariat'],
    eventType: 'ProgressReportReturned',
    justification: 'comment',
  },
  resubmitProgressReport: {
    from: ['returned'],
    to: 'submitted',
    roles: ['focal_point', 'secretariat'],
    eventType: 'ProgressReportResubmitted',
  },
  validateProgressReport: {
    from: ['submitted'],
    to: 'validated',
    roles: ['secretariat'],
    eventType: 'ProgressReportValidated',
  },
  publishProgressReport: {
    from: ['validated'],
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'ProgressReportPublished',
  },
  unpublishProgressReport: {
    from: ['validated'],
    to: 'unchanged',
    roles: ['secretariat'],
    eventType: 'ProgressReportUnpublished',
  },
} as const satisfies {
  readonly [C in ProgressReportCommandType]: AggregateRule<ProgressReportStatus, ProgressReportEventType>;
};
