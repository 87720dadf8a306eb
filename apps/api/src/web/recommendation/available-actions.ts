import {
  LIFECYCLE_ROWS,
  mayRun,
  type LifecycleRow,
  type PositionState,
  type RecommendationCommandType,
  type RecommendationStatus,
  type Role,
} from '@app/recommendations';

/** A command on an existing recommendation (proposing makes a new one, from its own page; evidence and
 * publication have their own forms). */
export type ActionCommand = Exclude<
  RecommendationCommandType,
  'propose' | 'attachEvidence' | 'publish' | 'unpublish'
>;

export interface ActionSubject {
  readonly status: RecommendationStatus;
  readonly position: PositionState | null;
}

type ActionRow = LifecycleRow & { readonly command: ActionCommand };

const OWN_FORMS: readonly RecommendationCommandType[] = ['propose', 'attachEvidence', 'publish', 'unpublish'];

const isAction = (row: LifecycleRow): row is ActionRow => !OWN_FORMS.includes(row.command);

/** The table's own position rule (reflecting in a plan needs a supported position), read as data. */
const positionAllows = (row: LifecycleRow, position: PositionState | null): boolean =>
  row.requiresPosition === undefined ||
  (position !== null && (row.requiresPosition as readonly PositionState[]).includes(position));

/**
 * The commands the lifecycle table lets these roles run from the recommendation's current status, in the table's
 * order: exactly what its page offers (the server checks the same table again on every command).
 */
export function availableActions(subject: ActionSubject, roles: readonly Role[]): ActionCommand[] {
  return LIFECYCLE_ROWS.filter(isAction)
    .filter(
      (row) =>
        row.from.includes(subject.status) &&
        mayRun(roles, row.command) &&
        positionAllows(row, subject.position),
    )
    .map((row) => row.command);
}
