import type { IsoDate } from '../../domain';

/** The date `months` calendar months after `date`, on the same day or the month's last when it has fewer days. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface Schedule {
  frequencyMonths: number;
  scheduleStart: IsoDate;
}

/** At most this many overdue dates are listed, the latest ones: older ones add nothing to act on. */
const MAX_OVERDUE = 12;
/** A schedule is followed this far at most (a monthly one for a century), so a bad row cannot loop for long. */
const MAX_PERIODS = 1200;

export interface DueDates {
  nextDueDate: IsoDate | null;
  overdueDueDates: IsoDate[];
}

/**
 * When reports on an action fall due (every schedule's `scheduleStart` + k x `frequencyMonths`, k >= 1) and which
 * are overdue: due by `today`, and the period the date closes starts on or after the end of the latest report.
 */
export function dueDatesOf(
  schedules: readonly Schedule[],
  today: IsoDate,
  reportedUntil?: IsoDate,
): DueDates {
  const overdue = new Set<IsoDate>();
  let next: IsoDate | null = null;
  for (const { frequencyMonths, scheduleStart } of schedules) {
    if (frequencyMonths < 1) continue;
    for (let k = 1; k <= MAX_PERIODS; k++) {
      const due = addMonths(scheduleStart, k * frequencyMonths);
      if (due > today) {
        if (next === null || due < next) next = due;
        break;
      }
      const opens = addMonths(scheduleStart, (k - 1) * frequencyMonths);
      if (reportedUntil === undefined || opens >= reportedUntil) overdue.add(due);
    }
  }
  return { nextDueDate: next, overdueDueDates: [...overdue].sort().slice(-MAX_OVERDUE) };
}
