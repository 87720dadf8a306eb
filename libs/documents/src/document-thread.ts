import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatFor, type DocumentRequest } from './document-request';
import { NO_PROGRESS, type Progress } from './progress';

export type WorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'built'; bytes: Uint8Array }
  | { kind: 'failed'; message: string };

/** Run from TypeScript sources (tests, ts-node), the worker needs the loaders the parent has. */
const fromSources = __filename.endsWith('.ts');
const WORKER_FILE = join(__dirname, fromSources ? 'document-worker.ts' : 'document-worker.js');
const SOURCE_LOADERS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

/** Reports progress only this often, so a 5,000-row build does not flood the parent with messages. */
const PROGRESS_EVERY = 100;

/** A large DOCX build peaks near 800 MiB (BENCHMARKS.md): builds wait their turn rather than run side by side. */
let previousBuild: Promise<unknown> = Promise.resolve();

/** Builds the document on a worker thread of its own: laying out thousands of rows never blocks the caller. */
export function buildDocumentInThread(
  request: DocumentRequest,
  progress: Progress = NO_PROGRESS,
): Promise<Buffer> {
  // Checked here too, so a bad pair is the caller's ordinary error rather than a thread's message.
  formatFor(request.kind, request.format);
  const build = previousBuild.then(() => buildOnThread(request, progress));
  previousBuild = build.catch(() => undefined);
  return build;
}

function buildOnThread(request: DocumentRequest, progress: Progress): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: request,
      execArgv: fromSources ? SOURCE_LOADERS : [],
    });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') {
        if (message.done % PROGRESS_EVERY === 0 || message.done === message.total)
          progress(message.done, message.total);
        return;
      }
      settled = true;
      if (message.kind === 'built')
        resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.length));
      else reject(new Error(`Building the document failed: ${message.message}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The document thread exited with ${code}`));
    });
  });
}
