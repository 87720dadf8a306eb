import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One figure of the run; `ratio` is value / the named reference's value. */
export interface Row {
  section: string;
  name: string;
  value: number;
  unit: string;
  ratio?: { to: string; value: number };
  /** Further figures of the same measurement (latency percentiles, errors, memory). */
  extra?: Record<string, number | string>;
  note?: string;
}

const rounded = (value: number): string =>
  !Number.isFinite(value) || Number.isInteger(value)
    ? Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : String(value)
    : Math.abs(value) >= 100
      ? Math.round(value).toLocaleString('en-US')
      : value.toFixed(Math.abs(value) >= 10 ? 1 : 2);

const extraText = (extra: Row['extra']): string =>
  Object.entries(extra ?? {})
    .map(([key, value]) => `${key} ${typeof value === 'number' ? rounded(value) : value}`)
    .join(', ');

/** A plain-text table, one line per figure, ratios beside the value they compare. */
export function formatTable(rows: readonly Row[]): string {
  const lines = rows.map((row) => [
    row.section,
    row.name,
    `${rounded(row.value)} ${row.unit}`,
    row.ratio ? `${row.ratio.value.toFixed(2)}x ${row.ratio.to}` : '',
    [extraText(row.extra), row.note ?? ''].filter(Boolean).join('; '),
  ]);
  const header = ['section', 'measurement', 'value', 'ratio', 'details'];
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

/** Writes bench/results/latest.json (gitignored) with the machine, the mode and every row. */
export function writeResults(repoRoot: string, content: object): string {
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
