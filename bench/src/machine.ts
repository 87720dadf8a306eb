import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  sqlite: string;
}

/** What the figures were measured on; BENCHMARKS.md records it beside them. */
export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version() AS v').pluck().get() as string;
  db.close();
  return {
    cores: availableParallelism(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    sqlite,
  };
}
