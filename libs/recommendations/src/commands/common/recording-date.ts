import type { IsoDate } from '../../domain';

/** UTC+14 is the first zone to reach a date: a decision dated "today" anywhere on Earth is never refused. */
const LATEST_ZONE_MS = 14 * 3_600_000;

/** The latest calendar date it is anywhere at this instant, against which effective dates are checked. */
export const latestCalendarDate = (now: Date): IsoDate =>
  new Date(now.getTime() + LATEST_ZONE_MS).toISOString().slice(0, 10);
