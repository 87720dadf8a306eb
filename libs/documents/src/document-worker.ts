import { parentPort, workerData } from 'node:worker_threads';
import { buildDocument } from './build-document';
import type { DocumentRequest } from './document-request';
import type { WorkerMessage } from './document-thread';

/** Builds one document off the API's event loop and sends its bytes back, moved rather than copied. */
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

buildDocument(workerData as DocumentRequest, (done, total) => post({ kind: 'progress', done, total })).then(
  (bytes) => {
    const copy = new Uint8Array(bytes);
    post({ kind: 'built', bytes: copy }, [copy.buffer]);
  },
  (error: unknown) =>
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
