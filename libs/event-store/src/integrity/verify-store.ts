import type { EventStore, RecordedEvent } from '../event-store.port';
import { readLog } from '../read-log';
import type { VerificationReport } from './chain-report';
import { verifyChain, type VerifyChainOptions } from './chain-verifier';

/** The events of one stream (or of all), in log order, so a single stream is judged exactly as in a full run. */
export async function* logEvents(store: EventStore, stream?: string): AsyncGenerator<RecordedEvent> {
  const filter = stream === undefined ? undefined : { streamNamePrefixes: [stream] };
  for await (const event of readLog(store, { filter })) {
    if (stream === undefined || event.stream === stream) yield event;
  }
}

/** Verifies the store's hash chains: every stream, or one. */
export function verifyStore(
  store: EventStore,
  options: VerifyChainOptions & { stream?: string } = {},
): Promise<VerificationReport> {
  return verifyChain(logEvents(store, options.stream), options);
}
