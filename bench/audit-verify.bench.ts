import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, ZERO_HASH, chainEvents, verifyStore } from '@app/event-store';

/**
 * Verifies a log of BENCH_EVENTS events (default 1,000,000) in streams of ten and reports the time taken and the
 * peak heap, which must stay flat however long the log is. Run:
 * node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/audit-verify.bench.ts
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_STREAM = 10;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
  try {
    const writeStart = Date.now();
    // Every stream holds the same ten payloads; ids differ, and verification still recomputes every hash.
    const template = chainEvents(
      ZERO_HASH,
      Array.from({ length: PER_STREAM }, (_, i) => ({
        type: i === 0 ? 'RecommendationProposed' : 'ProgressReported',
        data: {
          narrative: `Step ${i}: the ministry reported progress on the action.`,
          status: 'in_progress',
        },
        metadata: {
          actor: { id: 'bench', role: 'secretariat' },
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      })),
    );
    for (let written = 0; written < EVENTS; written += PER_STREAM) {
      const events = template.slice(0, EVENTS - written).map((event) => ({ ...event, id: randomUUID() }));
      await store.append(`recommendation-${randomUUID()}`, events, { expectedRevision: 'no_stream' });
    }
    const writeMs = Date.now() - writeStart;
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peakHeap = heapBefore;
    const verifyStart = Date.now();
    const report = await verifyStore(store, {
      onEvent: (_event, count) => {
        if (count % 10_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      },
    });
    const verifyMs = Date.now() - verifyStart;
    const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
    console.log(
      JSON.stringify({
        events: report.eventsChecked,
        streams: report.streamsChecked,
        ok: report.ok,
        writeSeconds: writeMs / 1000,
        verifySeconds: verifyMs / 1000,
        eventsPerSecond: Math.round(report.eventsChecked / (verifyMs / 1000)),
        heapBeforeMb: mb(heapBefore),
        peakHeapMb: mb(peakHeap),
      }),
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
