import { createHash, randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@app/event-store';

/** Appends batches forever, printing a line after each acknowledged append, until it is killed. */
async function main(): Promise<void> {
  const [file, writerId, inFlight = '1'] = process.argv.slice(2);
  const store = new SqliteEventStore({ file });
  // Several writers at once exercise group commit: many appends share one transaction.
  await Promise.all(
    Array.from({ length: Number(inFlight) }, (_, lane) => writeForever(store, `${writerId}.${lane}`)),
  );
}

async function writeForever(store: SqliteEventStore, writerId: string): Promise<void> {
  for (let batch = 0; ; batch++) {
    const stream = `crash-${batch % 5}`;
    const size = 1 + (batch % 3);
    const events = Array.from({ length: size }, (_, index) => {
      const payload = 'ş'.repeat(Math.floor(Math.random() * 20_000));
      const checksum = createHash('sha256').update(payload).digest('hex');
      return {
        id: randomUUID(),
        type: 'CrashProbe',
        data: { writerId, batch, index, size, payload, checksum },
      };
    });
    const result = await store.append(stream, events, { expectedRevision: 'any' });
    process.stdout.write(
      `ACK ${JSON.stringify({ batch, size, stream, ids: events.map((e) => e.id), position: result.position.toString() })}\n`,
    );
  }
}

void main();
