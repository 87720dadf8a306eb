import { statSync } from 'node:fs';
import {
  readExportFile,
  verifyChain,
  verifyStore,
  type EventStore,
  type VerifiableEvent,
  type VerificationReport,
} from '@app/event-store';
import { progressBar } from './progress-bar';

/** Verifies the store's chains, or one stream's; the bar follows the log position towards the head. */
export async function verifyStoreWithProgress(
  store: EventStore,
  stream?: string,
): Promise<VerificationReport> {
  const progress = progressBar('verifying', Number(await store.headPosition()));
  let checked = 0;
  try {
    return await verifyStore(store, {
      stream,
      onEvent: (event, count) => {
        checked = count;
        progress.update(Number(event.position), count);
      },
    });
  } finally {
    progress.stop(checked);
  }
}

/** Verifies an export file on its own, with no store at all; the bar follows the bytes read. */
export async function verifyFileWithProgress(file: string, stream?: string): Promise<VerificationReport> {
  const progress = progressBar('verifying', statSync(file).size);
  let bytes = 0;
  let checked = 0;
  const events = readExportFile(file, { onProgress: (read) => (bytes = read) });
  try {
    return await verifyChain(stream === undefined ? events : only(stream, events), {
      onEvent: (_event, count) => {
        checked = count;
        progress.update(bytes, count);
      },
    });
  } finally {
    progress.stop(checked);
  }
}

async function* only(
  stream: string,
  events: AsyncIterable<VerifiableEvent>,
): AsyncGenerator<VerifiableEvent> {
  for await (const event of events) if (event.stream === stream) yield event;
}
