import { statSync } from 'node:fs';
import { EvidenceStore, verifyStoreWithEvidence, type VerificationWithEvidence } from '@app/evidence';
import {
  readExportFile,
  verifyChain,
  type EventStore,
  type VerifiableEvent,
  type VerificationReport,
} from '@app/event-store';
import { progressBar } from './progress-bar';

/**
 * Verifies the store's chains, or one stream's, and the evidence files they name; the bar follows the log position
 * towards the head.
 */
export async function verifyStoreWithProgress(
  store: EventStore,
  evidence: EvidenceStore,
  stream?: string,
): Promise<VerificationWithEvidence> {
  const progress = progressBar('verifying', Number(await store.headPosition()));
  let checked = 0;
  try {
    return await verifyStoreWithEvidence(store, evidence, {
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
