import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import type { SqliteSynchronous } from '@app/event-store';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

export interface ApiProcess {
  url: string;
  /** The child's process id, to read its memory from /proc. */
  pid: number;
  stop(): Promise<void>;
}

export interface ApiStart {
  dataDir: string;
  synchronous: SqliteSynchronous;
  /** When set, the API runs under `--cpu-prof` and writes its profile to this file when it stops. */
  profileFile?: string;
  /** The entry file beside this one; api-entry.js (the real API) unless measuring something else. */
  entry?: string;
}

/** A free loopback port, asked of the OS. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, HOST);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No port was assigned');
  return address.port;
}

/** Starts the built API (dist/) as a child process on loopback and resolves once it listens. */
export async function startApiProcess(start: ApiStart): Promise<ApiProcess> {
  const port = await freePort();
  const child = fork(join(__dirname, start.entry ?? 'api-entry.js'), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATA_DIR: start.dataDir,
      SQLITE_SYNCHRONOUS: start.synchronous,
      // One bench token sends thousands of requests a second, far past the default limit meant for people.
      RATE_LIMIT_MAX: '0',
    },
    execArgv: start.profileFile
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${dirname(start.profileFile)}`,
          `--cpu-prof-name=${basename(start.profileFile)}`,
        ]
      : [],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The API did not start in ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with ${code} before listening:\n${stderr}`));
    });
  });
  return {
    url: `http://${HOST}:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send('stop');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    },
  };
}
