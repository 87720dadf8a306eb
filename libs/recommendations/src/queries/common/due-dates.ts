import type { ReadModelDatabase } from '@app/projections';
import type { IsoDate } from '../../domain';
import { ACTION_TABLES, REPORT_TABLES } from '../../read-models';

/** At most this many overdue dates are listed, the latest ones: older ones add nothing to act on. */
const MAX_OVERDUE = 12;

export interface DueDates {
  nextDueDate: IsoDate | null;
  overdueDueDates: IsoDate[];
}

const dayBefore = (date: IsoDate): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Where reporting on an action stands: the first due date after today, and the passed ones no report meets. A report
 * due on D is for the period up to the day before D, so it is met by a report whose period reaches that day.
 */
export function reportingDueState(
  dueDates: readonly IsoDate[],
  today: IsoDate,
  reportedUntil?: IsoDate,
): DueDates {
  const sorted = [...new Set(dueDates)].sort();
  const overdue = sorted.filter(
    (due) => due <= today && (reportedUntil === undefined || reportedUntil < dayBefore(due)),
  );
  return {
    nextDueDate: sorted.find((due) => due > today) ?? null,
    overdueDueDates: overdue.slice(-MAX_OVERDUE),
  };
}

/** Every indicator's due dates of the action, as the actions read model generated them (reschedules included). */
export const actionDueDates = (db: ReadModelDatabase, actionId: string): IsoDate[] =>
  db
    .prepare<[string], { due_date: string }>(
      `SELECT DISTINCT due_date FROM ${ACTION_TABLES.indicatorDueDates} WHERE action_id = ? ORDER BY due_date`,
    )
    .all(actionId)
    .map((row) => row.due_date);

/** The end of the latest period the institution reported on for the action, in any report still on record. */
export const reportedUntil = (
  db: ReadModelDatabase,
  institutionId: string,
  actionId: string,
): IsoDate | undefined =>
  db
    .prepare<[string, string], { until: string | null }>(
      `SELECT MAX(period_end) AS until FROM ${REPORT_TABLES.reports} WHERE institution_id = ? AND action_id = ?`,
    )
    .get(institutionId, actionId)?.until ?? undefined;

/** Where the institution's reporting on the action stands today. */
export const institutionDueState = (
  db: ReadModelDatabase,
  institutionId: string,
  actionId: string,
  today: IsoDate,
): DueDates =>
  reportingDueState(actionDueDates(db, actionId), today, reportedUntil(db, institutionId, actionId));
