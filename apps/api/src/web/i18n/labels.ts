import type {
  MechanismKind,
  PositionState,
  ProgressStatus,
  RecommendationStatus,
  Role,
} from '@app/recommendations';
import type { T } from './messages';

type Common = T['common'];

const STATUS_KEYS: Record<Exclude<RecommendationStatus, 'none'>, keyof Common> = {
  proposed: 'statusProposed',
  under_review: 'statusUnderReview',
  reviewed: 'statusReviewed',
  planned: 'statusPlanned',
  implemented: 'statusImplemented',
  withdrawn: 'statusWithdrawn',
  archived: 'statusArchived',
};

const POSITION_KEYS: Record<PositionState, keyof Common> = {
  supported: 'positionSupported',
  partially_supported: 'positionPartiallySupported',
  noted: 'positionNoted',
  pending: 'positionPending',
};

const MECHANISM_KEYS: Record<MechanismKind, keyof Common> = {
  upr: 'mechanismUpr',
  treaty_body: 'mechanismTreatyBody',
  special_procedure: 'mechanismSpecialProcedure',
  unct: 'mechanismUnct',
  osce: 'mechanismOsce',
  other: 'mechanismOther',
};

const ROLE_KEYS: Record<Role, keyof Common> = {
  secretariat: 'roleSecretariat',
  reviewer: 'roleReviewer',
  auditor: 'roleAuditor',
  reporter: 'roleReporter',
  focal_point: 'roleFocalPoint',
  admin: 'roleAdmin',
};

const PROGRESS_KEYS: Record<ProgressStatus, keyof Common> = {
  not_started: 'progressNotStarted',
  in_progress: 'progressInProgress',
  completed: 'progressCompleted',
  stalled: 'progressStalled',
};

const text = (t: T, key: keyof Common): string => t.common[key] as string;

/** Domain values as the page's language names them. */
export const statusLabel = (t: T, status: RecommendationStatus): string =>
  status === 'none' ? t.common.none : text(t, STATUS_KEYS[status]);
export const positionLabel = (t: T, position: PositionState | null): string =>
  position === null ? t.common.none : text(t, POSITION_KEYS[position]);
export const mechanismLabel = (t: T, kind: MechanismKind): string => text(t, MECHANISM_KEYS[kind]);
export const roleLabel = (t: T, role: Role): string => text(t, ROLE_KEYS[role]);
export const progressLabel = (t: T, status: ProgressStatus): string => text(t, PROGRESS_KEYS[status]);
