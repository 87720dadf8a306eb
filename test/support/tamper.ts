import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/** The four ways the issue names to alter a log behind the application's back. */
export const TAMPERS = ['change data', 'delete', 'swap', 'change actor'] as const;
export type Tamper = (typeof TAMPERS)[number];

/** Alters one event (and, for a swap, the one after it) directly in the embedded store's file. */
export function tamperWithStore(file: string, tamper: Tamper, stream: string, revision: number): void {
  const db = new Database(file);
  try {
    const where = 'WHERE stream = ? AND revision = ?';
    switch (tamper) {
      case 'change data':
        db.prepare(`UPDATE events SET data = json_set(data, '$.rationale', 'Rewritten later.') ${where}`).run(
          stream,
          revision,
        );
        break;
      case 'delete':
        db.prepare(`DELETE FROM events ${where}`).run(stream, revision);
        break;
      case 'swap': {
        // Each row keeps its stream, revision and position; what they hold trades places.
        const read = db.prepare(`SELECT type, data, metadata FROM events ${where}`);
        const write = db.prepare(
          `UPDATE events SET type = @type, data = @data, metadata = @metadata ${where}`,
        );
        const first = read.get(stream, revision) as object;
        const second = read.get(stream, revision + 1) as object;
        db.transaction(() => {
          write.run(second, stream, revision);
          write.run(first, stream, revision + 1);
        })();
        break;
      }
      case 'change actor':
        db.prepare(`UPDATE events SET metadata = json_set(metadata, '$.actor.id', 'mallory') ${where}`).run(
          stream,
          revision,
        );
        break;
    }
  } finally {
    db.close();
  }
}

/** The same four, on the lines of an NDJSON export. */
export function tamperWithExport(file: string, tamper: Tamper, stream: string, revision: number): void {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const index = lines.findIndex((line) => {
    const event = JSON.parse(line) as { stream: string; revision: number };
    return event.stream === stream && event.revision === revision;
  });
  if (index < 0) throw new Error(`No line for ${stream}@${revision}`);
  const event = JSON.parse(lines[index]);
  switch (tamper) {
    case 'change data':
      lines[index] = JSON.stringify({ ...event, data: { ...event.data, rationale: 'Rewritten later.' } });
      break;
    case 'delete':
      lines.splice(index, 1);
      break;
    case 'swap': {
      const next = lines.findIndex((line, i) => i > index && JSON.parse(line).stream === stream);
      [lines[index], lines[next]] = [lines[next], lines[index]];
      break;
    }
    case 'change actor':
      lines[index] = JSON.stringify({
        ...event,
        metadata: { ...event.metadata, actor: { ...event.metadata.actor, id: 'mallory' } },
      });
      break;
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
