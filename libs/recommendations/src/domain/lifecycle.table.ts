import type { JustificationField } from './domain.errors';
import type { PlanCommandType } from './plan.commands';
import type { PlanEventType } from './plan.events';
import type { PlanState } from './plan.state';
import type { RecommendationCommand, RecommendationCommandType } from './recommendation.commands';
import type { Position, RecommendationEventType } from './recommendation.events';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from './recommendation.state';
import {
  ACTION_LIFECYCLE,
  INSTITUTION_LIFECYCLE,
  PROGRESS_REPORT_LIFECYCLE,
  type ActionCommandType,
  type InstitutionCommandType,
  type ProgressReportCommandType,
} from './implementation';
import { ADMIN_ACTS_AS, type Role } from './roles';

/** The `to` of a command that leaves the status as it was, from any of its `from` statuses. */
export const SAME_STATUS = 'unchanged';
export type LifecycleTarget = RecommendationStatus | typeof SAME_STATUS;

export type LifecycleRule = {
  /** `none` means the recommendation does not exist yet. */
  readonly from: readonly RecommendationStatus[];
  readonly to: LifecycleTarget;
  /** As in the design table; `rolesFor` adds `admin`. */
  readonly roles: readonly Role[];
  readonly eventType: RecommendationEventType;
  /** The free-text field a decision must explain itself in. */
  readonly justification?: JustificationField;
  /** A field that may stand in for the justification (a position taken from the source's own response). */
  readonly justifiedInstead?: 'sourceResponse';
  /** The recorded position must be one of these. */
  readonly requiresPosition?: readonly Position[];
};

type CommandOf<C extends RecommendationCommandType> = Extract<RecommendationCommand, { type: C }>;

/** The justification must name a field of its own command, so the decider can check it generically. */
type LifecycleTable = {
  readonly [C in RecommendationCommandType]: LifecycleRule & {
    readonly justification?: JustificationField & keyof CommandOf<C>;
    readonly justifiedInstead?: 'sourceResponse' & keyof CommandOf<C>;
  };
};

export const PLANNABLE_POSITIONS = [
  'supported',
  'partially_supported',
] as const satisfies readonly Position[];

/** Every status a recommendation can be in once proposed: corrections and translations apply to all of them. */
const EXISTING_STATUSES = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');

/** Publication is decided at any status but once withdrawn (issue 18's contract). */
const PUBLISHABLE_STATUSES = EXISTING_STATUSES.filter((status) => status !== 'withdrawn');

/** A mechanism grades follow-up on a recommendation the State has answered, whatever came of it since. */
const ASSESSABLE_STATUSES = [
  'reviewed',
  'planned',
  'implemented',
  'archived',
] as const satisfies readonly RecommendationStatus[];

/** The recommendation lifecycle (docs/lifecycle.md), as data: the decider, the authorization guard and the docs all read it. */
export const LIFECYCLE = {
  propose: { from: ['none'], to: 'proposed', roles: ['secretariat'], eventType: 'RecommendationProposed' },
  amend: { from: ['proposed'], to: 'proposed', roles: ['secretariat'], eventType: 'RecommendationAmended' },
  scheduleReview: {
    from: ['proposed'],
    to: 'under_review',
    roles: ['secretariat'],
    eventType: 'ReviewScheduled',
  },
  recordPosition: {
    from: ['under_review'],
    to: 'reviewed',
    roles: ['reviewer'],
    eventType: 'PositionRecorded',
    justification: 'rationale',
    justifiedInstead: 'sourceResponse',
  },
  deferResponse: {
    from: ['under_review'],
    to: 'under_review',
    roles: ['reviewer'],
    eventType: 'ResponseDeferred',
    justification: 'reason',
  },
  reopenReview: {
    from: ['reviewed'],
    to: 'under_review',
    roles: ['secretariat'],
    eventType: 'ReviewReopened',
    justification: 'reason',
  },
  reflectInPlan: {
    from: ['reviewed'],
    to: 'planned',
    roles: ['secretariat'],
    eventType: 'RecommendationReflectedInPlan',
    requiresPosition: PLANNABLE_POSITIONS,
  },
  updatePlanLink: { from: ['planned'], to: 'planned', roles: ['secretariat'], eventType: 'PlanLinkUpdated' },
  reportProgress: { from: ['planned'], to: 'planned', roles: ['secretariat'], eventType: 'ProgressReported' },
  markImplemented: {
    from: ['planned'],
    to: 'implemented',
    roles: ['reviewer'],
    eventType: 'RecommendationImplemented',
    justification: 'assessment',
  },
  withdraw: {
    from: ['proposed', 'under_review'],
    to: 'withdrawn',
    roles: ['secretariat'],
    eventType: 'RecommendationWithdrawn',
    justification: 'reason',
  },
  archive: {
    from: ['reviewed', 'planned', 'implemented'],
    to: 'archived',
    roles: ['secretariat'],
    eventType: 'RecommendationArchived',
    justification: 'reason',
  },
  correct: {
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'RecommendationCorrected',
    justification: 'reason',
  },
  addTranslation: {
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'TranslationAdded',
  },
  linkRecommendation: {
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'RecommendationLinked',
  },
  unlinkRecommendation: {
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'RecommendationUnlinked',
  },
  recordMechanismAssessment: {
    from: ASSESSABLE_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'MechanismAssessmentRecorded',
  },
  attachEvidence: {
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat', 'reviewer'],
    eventType: 'EvidenceAttached',
  },
  publish: {
    from: PUBLISHABLE_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'RecommendationPublished',
  },
  unpublish: {
    // A published recommendation later withdrawn can still be taken off the portal.
    from: EXISTING_STATUSES,
    to: SAME_STATUS,
    roles: ['secretariat'],
    eventType: 'RecommendationUnpublished',
  },
} as const satisfies LifecycleTable;

export type PlanRule = {
  readonly from: readonly PlanState['status'][];
  readonly to: PlanState['status'];
  readonly roles: readonly Role[];
  readonly eventType: PlanEventType;
};

export const PLAN_LIFECYCLE = {
  registerPlan: {
    from: ['none'],
    to: 'registered',
    roles: ['admin', 'secretariat'],
    eventType: 'PlanRegistered',
  },
} as const satisfies { readonly [C in PlanCommandType]: PlanRule };

export type CommandName =
  | RecommendationCommandType
  | PlanCommandType
  | InstitutionCommandType
  | ActionCommandType
  | ProgressReportCommandType;

/** Who may run each command of every aggregate, read from its own table. */
const ROLES_OF_COMMAND: { readonly [C in CommandName]: { readonly roles: readonly Role[] } } = {
  ...LIFECYCLE,
  ...PLAN_LIFECYCLE,
  ...INSTITUTION_LIFECYCLE,
  ...ACTION_LIFECYCLE,
  ...PROGRESS_REPORT_LIFECYCLE,
};

export type LifecycleRow = LifecycleRule & { readonly command: RecommendationCommandType };

/** The table's rows in its order (propose first), for docs and diagrams. */
export const LIFECYCLE_ROWS: readonly LifecycleRow[] = (
  Object.keys(LIFECYCLE) as RecommendationCommandType[]
).map((command) => ({ command, ...LIFECYCLE[command] }));

export type StatusChangingRow = LifecycleRow & { readonly to: RecommendationStatus };

/** The rows whose command moves to a fixed status; the others keep whatever status the recommendation has. */
export const STATUS_CHANGING_ROWS: readonly StatusChangingRow[] = LIFECYCLE_ROWS.filter(
  (row): row is StatusChangingRow => row.to !== SAME_STATUS,
);

export const COMMAND_NAMES: readonly CommandName[] = [
  ...LIFECYCLE_ROWS.map((row) => row.command),
  ...(Object.keys(PLAN_LIFECYCLE) as PlanCommandType[]),
  ...(Object.keys(INSTITUTION_LIFECYCLE) as InstitutionCommandType[]),
  ...(Object.keys(ACTION_LIFECYCLE) as ActionCommandType[]),
  ...(Object.keys(PROGRESS_REPORT_LIFECYCLE) as ProgressReportCommandType[]),
];

const tableRoles = (command: CommandName): readonly Role[] => ROLES_OF_COMMAND[command].roles;

/** Every role that may run the command, `admin` included wherever a secretariat or reviewer may. */
export function rolesFor(command: CommandName): readonly Role[] {
  const roles = tableRoles(command);
  const adminToo = !roles.includes('admin') && roles.some((role) => ADMIN_ACTS_AS.includes(role));
  return adminToo ? [...roles, 'admin'] : roles;
}

export function mayRun(roles: readonly Role[], command: CommandName): boolean {
  const allowed = rolesFor(command);
  return roles.some((role) => allowed.includes(role));
}
