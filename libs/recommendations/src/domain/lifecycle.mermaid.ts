import { STATUS_CHANGING_ROWS, rolesFor } from './lifecycle.table';
import type { RecommendationStatus } from './recommendation.state';

const node = (status: RecommendationStatus): string => (status === 'none' ? '[*]' : status);

/** Statuses no command leaves for another: the diagram ends them in a final state. */
export function terminalStatuses(): RecommendationStatus[] {
  const left = new Set(STATUS_CHANGING_ROWS.flatMap((row) => row.from));
  return [...new Set(STATUS_CHANGING_ROWS.map((row) => row.to))].filter((status) => !left.has(status));
}

/**
 * A Mermaid `stateDiagram-v2` of the lifecycle table; each edge names its command and the roles that may run it.
 * Commands that keep any status (corrections, translations) would loop on every node: the table lists them instead.
 */
export function lifecycleMermaid(): string {
  const edges = STATUS_CHANGING_ROWS.flatMap((row) =>
    row.from.map(
      (from) => `    ${node(from)} --> ${node(row.to)}: ${row.command} (${rolesFor(row.command).join(', ')})`,
    ),
  );
  const endings = terminalStatuses().map((status) => `    ${status} --> [*]`);
  return ['stateDiagram-v2', ...edges, ...endings].join('\n') + '\n';
}
