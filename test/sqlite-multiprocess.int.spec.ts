import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@app/event-store';

const run = promisify(execFile);

// Another process, as the CLI would be: plain better-sqlite3, so it starts fast.
const HOLD_WRITE_LOCK = `
const db = new (require('better-sqlite3'))(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
db.exec('COMMIT');
`;

const APPEND_ONE = `
const db = new (require('better-sqlite3'))(process.argv[1], { timeout: 10000 });
db.prepare("INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at) VALUES (?, 'other-process', 0, 'FromAfar', '{}', '{}', '2026-01-01T00:00:00Z')").run(process.argv[2]);
process.stdout.write(String(Date.now()));
`;

describe('embedded store shared by several processes', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'es-multi-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a writer waits for another process holding the write lock instead of failing', async () => {
    const holder = spawn(process.execPath, ['-e', HOLD_WRITE_LOCK, store.file, '400'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const result = await store.append('waited', [{ id: randomUUID(), type: 'Waited', data: {} }], {
      expectedRevision: 'no_stream',
    });
    expect(result.nextExpectedRevision).toBe(0n);
    // The holder may have exited already: the append is acknowledged only once durable, after its commit.
    if (holder.exitCode === null) await new Promise((resolve) => holder.once('exit', resolve));
    expect(holder.exitCode).toBe(0);
  });

  it('a live subscriber sees an event appended by another process', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    let seenAt = 0;
    const subscription = (async () => {
      for await (const message of store.subscribeToAll({ signal: controller.signal })) {
        if (message.kind !== 'event') continue;
        seenAt = Date.now();
        seen.push(message.event.type);
        controller.abort();
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const id = randomUUID();
    const { stdout } = await run(process.execPath, ['-e', APPEND_ONE, store.file, id]);
    await subscription;
    const latencyMs = seenAt - Number(stdout);
    expect(seen).toEqual(['FromAfar']);
    // The store polls every 20 ms (about 20 ms here when idle); the bound leaves room for a loaded CI machine.
    expect(latencyMs).toBeLessThan(1000);
  });
});
