import type { IsoDate } from '../iso-date';
import type { IndicatorSchedule } from './action.events';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `date` plus `months`, clamped to the end of a shorter month: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** A report is due every `frequencyMonths` months after `scheduleStart`, up to and including `until` (the plan's end). */
export function dueDatesOf({ frequencyMonths, scheduleStart }: IndicatorSchedule, until: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  // Each date counts from the start, not from the previous one, so a clamped Feb 28 does not drift to the 28th.
  for (let k = 1; ; k++) {
    const due = addMonths(scheduleStart, k * frequencyMonths);
    if (due > until) return dates;
    dates.push(due);
  }
}

/** A changed schedule keeps the due dates before `effectiveFrom` and regenerates the later ones. */
export function rescheduledDueDates(
  current: readonly IsoDate[],
  schedule: IndicatorSchedule,
  effectiveFrom: IsoDate,
  until: IsoDate,
): IsoDate[] {
  const kept = current.filter((date) => date < effectiveFrom);
  return [...kept, ...dueDatesOf(schedule, until).filter((date) => date >= effectiveFrom)];
}
