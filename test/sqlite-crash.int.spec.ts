import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@app/event-store';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

interface Ack {
  batch: number;
  size: number;
  stream: string;
  ids: string[];
}

const ROUNDS = 4;

/** Runs the writer until a random moment after its first acknowledgement, then SIGKILLs it. */
function runAndKill(file: string, writerId: string, inFlight: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...TS_SOURCE_LOADERS, 'test/support/crash-writer.ts', file, writerId, String(inFlight)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!armed && output.includes('ACK ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 100 + Math.random() * 400);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself (${signal ?? _code})`));
      const acks = output
        .split('\n')
        .filter((line) => line.startsWith('ACK '))
        .map((line) => JSON.parse(line.slice(4)) as Ack);
      resolve(acks);
    });
  });
}

describe('embedded store under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'es-crash-'));
  const file = join(dir, 'events.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, whole, and nothing partial, across repeated kills', async () => {
    const acknowledged: Ack[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Odd rounds keep 8 appends in flight, so acknowledged group commits are checked too.
      const acks = await runAndKill(file, `writer-${round}`, round % 2 === 0 ? 1 : 8);
      expect(acks.length).toBeGreaterThan(0);
      acknowledged.push(...acks);

      const store = new SqliteEventStore({ file });
      const all: RecordedEvent[] = [];
      for (let page = await store.readAll({ maxCount: 500 }); page.length > 0;) {
        all.push(...page);
        page = await store.readAll({ fromPosition: page[page.length - 1].position, maxCount: 500 });
      }
      const byId = new Map(all.map((event) => [event.id, event]));
      for (const ack of acknowledged) {
        for (const id of ack.ids) expect(byId.get(id)?.stream).toBe(ack.stream);
      }
      for (const event of all) {
        const { payload, checksum } = event.data as { payload: string; checksum: string };
        expect(createHash('sha256').update(payload).digest('hex')).toBe(checksum);
      }
      const batches = new Map<string, RecordedEvent[]>();
      for (const event of all) {
        const key = `${String(event.data.writerId)}/${String(event.data.batch)}`;
        batches.set(key, [...(batches.get(key) ?? []), event]);
      }
      for (const events of batches.values()) expect(events).toHaveLength(Number(events[0].data.size));
      const positions = all.map((event) => event.position);
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      await store.close();
    }
  }, 120_000);
});
