import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '@app/config';
import type { ProjectionRuntime, RuntimeLogger } from '@app/projections';
import type { ProjectionThreadMessage } from './projection-thread.messages';

/** A thread that died unexpectedly is started again after this long. */
const RESTART_MS = 2000;
const STOP_TIMEOUT_MS = 10_000;

/** Run from TypeScript sources (tests, ts-node), the worker needs the same loaders the parent has. */
const fromSources = __filename.endsWith('.ts');
const WORKER_FILE = join(__dirname, fromSources ? 'projection-worker.ts' : 'projection-worker.js');
const SOURCE_LOADERS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];

/**
 * Hosts the live projections on a worker thread of the API process. Commits there wake `waitFor` here at once, so
 * `consistentWith` and the SSE feed answer as soon as the read models hold what they wait for.
 */
export class ProjectionThread {
  private worker: Worker | undefined;
  private stopping = false;
  private restart: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly runtime: ProjectionRuntime,
    private readonly logger: RuntimeLogger,
    /** A module exporting `upcasters`; functions cannot be sent to a thread, a module path can. */
    private readonly upcastersModule?: string,
  ) {}

  /** Resolves once the thread's projections run, so the API listens only with its read models being kept. */
  async start(): Promise<void> {
    this.stopping = false;
    try {
      await this.spawn();
    } catch (error) {
      // A thread that cannot start at all is a configuration problem: the API does not start either.
      await this.stop();
      throw error;
    }
  }

  /** One thread; if it dies while the API runs, another is started after RESTART_MS, and so on until stop. */
  private spawn(): Promise<void> {
    const worker = new Worker(WORKER_FILE, {
      workerData: { config: this.config, upcastersModule: this.upcastersModule },
      execArgv: fromSources ? SOURCE_LOADERS : [],
    });
    this.worker = worker;
    const started = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: ProjectionThreadMessage) => message.kind === 'started' && resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The projection thread exited with ${code}`)));
    });
    worker.on('message', (message: ProjectionThreadMessage) => this.receive(message));
    worker.on('error', (error) =>
      this.logger.error(`Projection thread failed: ${error.stack ?? error.message}`),
    );
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (this.stopping) return;
      this.logger.error(`Projection thread exited with ${code}; starting another in ${RESTART_MS} ms`);
      this.restart = setTimeout(() => void this.spawn().catch(() => undefined), RESTART_MS);
    });
    return started;
  }

  /** Lets the thread finish its batch and close its files; one that does not within 10 s is terminated. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart);
    const worker = this.worker;
    if (!worker) return;
    const exited = once(worker, 'exit');
    worker.postMessage('stop');
    const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  private receive(message: ProjectionThreadMessage): void {
    switch (message.kind) {
      case 'committed':
        return this.runtime.notifyCommit();
      case 'log':
        return this.logger.log(message.message);
      case 'error':
        return this.logger.error(message.message);
      case 'started':
        return;
    }
  }
}
