import type { Locale } from './locales';

/** Dates and numbers as the language writes them (ICU: `30 noýabr 2026`, `30 ноября 2026 г.`, `12 345,5`). */
export class Formatter {
  private readonly day: Intl.DateTimeFormat;
  private readonly moment: Intl.DateTimeFormat;
  private readonly months: Record<'long' | 'short', Intl.DateTimeFormat>;
  private readonly integer: Intl.NumberFormat;
  private readonly percentage: Intl.NumberFormat;

  constructor(readonly locale: Locale) {
    this.day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.moment = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    this.months = {
      long: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
      short: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
    };
    this.integer = new Intl.NumberFormat(locale);
    this.percentage = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  }

  /** A calendar date (`2026-11-30`) or an instant, as a day. */
  date(value: string | null | undefined): string {
    if (value === null || value === undefined || value === '') return '';
    const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isNaN(parsed.getTime()) ? value : this.day.format(parsed);
  }

  /** An instant, to the minute, in UTC (the log records UTC; the page says so). */
  dateTime(value: string | null | undefined): string {
    if (value === null || value === undefined || value === '') return '';
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? value : `${this.moment.format(parsed)} UTC`;
  }

  /** A calendar month (`2021-03`): `March 2021`, or `Mar 2021` where space is short. */
  month(value: string, style: 'long' | 'short' = 'long'): string {
    const parsed = new Date(`${value}-01T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? value : this.months[style].format(parsed);
  }

  number(value: number | bigint | string): string {
    return this.integer.format(typeof value === 'string' ? Number(value) : value);
  }

  /** `ratio` in 0..1. */
  percent(ratio: number): string {
    return this.percentage.format(ratio);
  }
}
