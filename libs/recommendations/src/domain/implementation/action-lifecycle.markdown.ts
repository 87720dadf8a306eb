import { markdownTable } from '../lifecycle.markdown';
import { rolesFor } from '../lifecycle.table';
import type { ActionCommandType } from './action.commands';
import type { InstitutionCommandType } from './institution.commands';
import { ACTION_LIFECYCLE, INSTITUTION_LIFECYCLE, type AggregateRule } from './implementation.lifecycle';

const code = (text: string): string => `\`${text}\``;

const rowsOf = <C extends ActionCommandType | InstitutionCommandType>(table: {
  readonly [K in C]: AggregateRule<string, string>;
}): string[][] =>
  (Object.keys(table) as C[]).map((command) => {
    const rule: AggregateRule<string, string> = table[command];
    return [
      code(command),
      rule.from.map((status) => (status === 'none' ? '(none)' : code(status))).join(', '),
      rule.to === 'unchanged' ? '(unchanged)' : code(rule.to),
      rolesFor(command).map(code).join(', '),
      code(rule.eventType),
      rule.justification === undefined ? '' : `non-blank ${code(rule.justification)}`,
    ];
  });

const HEADER = ['command', 'from status', 'to status', 'roles', 'event', 'requires'];

/** The tables of docs/actions.md, rendered from ACTION_LIFECYCLE and INSTITUTION_LIFECYCLE. */
export const actionLifecycleTable = (): string => markdownTable(HEADER, rowsOf(ACTION_LIFECYCLE));
export const institutionLifecycleTable = (): string => markdownTable(HEADER, rowsOf(INSTITUTION_LIFECYCLE));
