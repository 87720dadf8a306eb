import type { EventStore } from '@app/event-store';
import type { GeneratedStream } from './generated-streams';

/** Appends in flight while seeding, so group commit packs them into large transactions. */
const IN_FLIGHT = 64;

/** Appends every stream `next` hands out, many at once, then closes the store. */
export async function appendGenerated(
  store: EventStore,
  next: () => GeneratedStream | undefined,
): Promise<void> {
  try {
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let stream = next(); stream; stream = next()) {
          await store.append(stream.stream, stream.events, { expectedRevision: 'no_stream' });
        }
      }),
    );
  } finally {
    await store.close();
  }
}
