import { LIFECYCLE_ROWS, PLAN_LIFECYCLE, SAME_STATUS, rolesFor, type LifecycleRow } from './lifecycle.table';
import { lifecycleMermaid } from './lifecycle.mermaid';
import type { PlanCommandType } from './plan.commands';

export const LIFECYCLE_DOC_PATH = 'docs/lifecycle.md';
export const LIFECYCLE_DOC_REFRESH = 'UPDATE_DOCS=1 npx jest lifecycle-doc';

const code = (text: string): string => `\`${text}\``;
const list = (items: readonly string[]): string => items.map(code).join(', ');

/** A Markdown table with padded columns, as Prettier would print it, so formatting the docs changes nothing. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(3, title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const requirement = (row: LifecycleRow): string => {
  const parts: string[] = [];
  if (row.justification) {
    const instead = row.justifiedInstead ? ` (or ${code(row.justifiedInstead)})` : '';
    parts.push(`non-empty ${code(row.justification)}${instead}`);
  }
  if (row.requiresPosition) parts.push(`position ${row.requiresPosition.map(code).join(' or ')}`);
  return parts.join('; ');
};

const recommendationRows = LIFECYCLE_ROWS.map((row) => [
  code(row.command),
  row.from.map((status) => (status === 'none' ? '(none)' : code(status))).join(', '),
  row.to === SAME_STATUS ? '(unchanged)' : code(row.to),
  list(rolesFor(row.command)),
  code(row.eventType),
  requirement(row),
]);

const planRows = (Object.keys(PLAN_LIFECYCLE) as PlanCommandType[]).map((command) => [
  code(command),
  list(rolesFor(command)),
  code(PLAN_LIFECYCLE[command].eventType),
]);

/** The whole of `docs/lifecycle.md`, rendered from the lifecycle table. */
export function lifecycleMarkdown(): string {
  return [
    '# Recommendation lifecycle',
    '',
    `Generated from \`LIFECYCLE\` in \`libs/recommendations/src/domain/lifecycle.table.ts\`; do not edit by hand.`,
    `Refresh it with \`${LIFECYCLE_DOC_REFRESH}\`.`,
    '',
    'Each command moves a recommendation from one of its "from" statuses to its "to" status by appending one event.',
    'A command not allowed from the current status fails with `RECOMMENDATION.INVALID_TRANSITION` and appends',
    'nothing. `admin` may run every command a secretariat or reviewer may. `reflectInPlan` also needs an existing',
    'plan (`PLAN.UNKNOWN`); a target date, when `reflectInPlan` or `updatePlanLink` gives one, must be inside its',
    'period (`PLAN.TARGET_OUTSIDE_PERIOD`). An `effectiveDate` of `recordPosition` or `deferResponse` may not be after',
    'today (`RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE`).',
    '',
    'A "to status" of "(unchanged)" keeps whatever status the recommendation has: `correct` fixes proposal fields',
    'and `addTranslation` adds a translation at any status, each as its own event, so the diagram leaves them out.',
    '',
    '```mermaid',
    lifecycleMermaid().trimEnd(),
    '```',
    '',
    markdownTable(
      ['command', 'from status', 'to status', 'roles', 'event type', 'also requires'],
      recommendationRows,
    ),
    '',
    'Plans are their own aggregate:',
    '',
    markdownTable(['command', 'roles', 'event type'], planRows),
    '',
  ].join('\n');
}
