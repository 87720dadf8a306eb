import {
  countryFor,
  normaliseSdgTarget,
  regionalGroupFor,
  themeFor,
  uprCycleOf,
  unEntityFor,
} from '@app/recommendations';
import type { RecommendingParty } from '@app/recommendations';
import type { ImportRowError } from '../import-candidate';
import { ROW_ERROR_CODES } from './row-error-codes';

const LIST_SEPARATOR = /[;\n]+/;

/** The cells of one row by column header, read into typed fields; each problem becomes a row error naming its column. */
export class RowReader {
  readonly errors: ImportRowError[] = [];

  constructor(
    readonly row: number,
    private readonly cells: ReadonlyMap<string, string>,
  ) {}

  text(column: string): string {
    return (this.cells.get(column) ?? '').trim();
  }

  optional(column: string): string | undefined {
    const value = this.text(column);
    return value === '' ? undefined : value;
  }

  required(column: string): string {
    const value = this.text(column);
    if (value === '') this.fail(column, ROW_ERROR_CODES.required, `${column} is required`);
    return value;
  }

  fail(field: string, code: string, message: string): void {
    this.errors.push({ row: this.row, field, code, message });
  }

  /** Items separated by ";" or line breaks, blanks dropped. */
  list(column: string): string[] {
    return this.text(column)
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  themes(column: string): string[] {
    const ids: string[] = [];
    for (const label of this.list(column)) {
      const whole = themeFor(label);
      const pieces =
        whole === undefined
          ? label
              .split(',')
              .map((piece) => piece.trim())
              .filter((p) => p !== '')
          : [label];
      for (const piece of pieces) {
        const id = whole ?? themeFor(piece);
        if (id === undefined)
          this.fail(
            column,
            ROW_ERROR_CODES.unknownTheme,
            `"${piece}" is not a known theme (see docs/imports.md)`,
          );
        else if (!ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  }

  sdgTargets(column: string): string[] {
    const targets: string[] = [];
    for (const item of this.list(column).flatMap((entry) =>
      entry.split(/,(?=\s*(?:sdg|goal|target)?\s*\d)/i),
    )) {
      const result = normaliseSdgTarget(item);
      if (!result.ok) this.fail(column, ROW_ERROR_CODES.invalidSdg, result.message);
      else if (!targets.includes(result.value)) targets.push(result.value);
    }
    return targets;
  }

  /** The ISO3 code of a State named in the column, or undefined after a row error. */
  state(column: string): string | undefined {
    const name = this.required(column);
    if (name === '') return undefined;
    const country = countryFor(name);
    if (country === undefined)
      this.fail(column, ROW_ERROR_CODES.unknownState, `"${name}" is not a known State`);
    return country?.iso3;
  }

  /**
   * States named in the column: one, or several separated by ";" or "," (a name that itself holds a comma is kept whole).
   * `fallbackGroupColumn` gives the regional group of a State the vocabulary lacks, as the file spells it.
   */
  states(column: string, fallbackGroupColumn?: string): RecommendingParty[] {
    const parties: RecommendingParty[] = [];
    for (const name of this.partyNames(column)) {
      const country = countryFor(name);
      if (country === undefined) {
        this.fail(column, ROW_ERROR_CODES.unknownState, `"${name}" is not a known State`);
        continue;
      }
      const regionalGroup = country.regionalGroup ?? regionalGroupFor(this.text(fallbackGroupColumn ?? ''));
      parties.push({ name: country.name, iso3: country.iso3, ...(regionalGroup ? { regionalGroup } : {}) });
    }
    if (parties.length === 0 && this.text(column) === '') this.required(column);
    return parties;
  }

  /** Parties of any kind: States get their code and group, UN entities their acronym, others keep their name. */
  parties(column: string): RecommendingParty[] {
    const parties = this.partyNames(column).map((name): RecommendingParty => {
      const country = countryFor(name);
      if (country !== undefined) {
        return {
          name: country.name,
          iso3: country.iso3,
          ...(country.regionalGroup ? { regionalGroup: country.regionalGroup } : {}),
        };
      }
      return { name: unEntityFor(name)?.acronym ?? name };
    });
    if (parties.length === 0) this.required(column);
    return parties;
  }

  /** A UPR session number ("16", "16th session", "UPR 16") and its cycle. */
  uprSession(column: string, required: boolean): { cycle: number; session: number } | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === '') return undefined;
    const session = Number(/\d{1,3}/.exec(value)?.[0]);
    const cycle = uprCycleOf(session);
    if (cycle === undefined) {
      this.fail(
        column,
        ROW_ERROR_CODES.invalidSession,
        `"${value}" is not a UPR Working Group session (1 to 54)`,
      );
      return undefined;
    }
    return { cycle, session };
  }

  /** A calendar date written YYYY-MM-DD or DD.MM.YYYY (DD/MM/YYYY), as YYYY-MM-DD; a year alone is refused, not guessed. */
  date(column: string): string | undefined {
    const value = this.optional(column);
    if (value === undefined) return undefined;
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
    const candidate = iso
      ? `${iso[1]}-${iso[2]}-${iso[3]}`
      : dmy
        ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`
        : '';
    if (
      candidate === '' ||
      Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) ||
      new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10) !== candidate
    ) {
      this.fail(
        column,
        ROW_ERROR_CODES.invalidDate,
        `"${value}" is not a date (write it as YYYY-MM-DD or DD.MM.YYYY)`,
      );
      return undefined;
    }
    return candidate;
  }

  private partyNames(column: string): string[] {
    return this.list(column).flatMap((item) =>
      countryFor(item) !== undefined || unEntityFor(item) !== undefined || !item.includes(',')
        ? [item]
        : item
            .split(',')
            .map((piece) => piece.trim())
            .filter((piece) => piece !== ''),
    );
  }
}
