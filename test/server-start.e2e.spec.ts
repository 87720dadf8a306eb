import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserDirectory } from '@app/users';
import { TS_SOURCE_LOADERS } from './support/ts-source-loaders';

const ROOT = join(__dirname, '..');
const STARTED = /Listening on http:\/\//;
const DATABASE_FILES = [
  'events.db',
  'events.db-wal',
  'events.db-shm',
  'read-models.db',
  'read-models.db-wal',
  'read-models.db-shm',
];

interface Server {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
}

/** Runs the server from source as `npm start` would, under a permissive umask, with stdout a pipe (not a terminal). */
function startServer(dataDir: string, port: number): Server {
  const command = [process.execPath, ...TS_SOURCE_LOADERS, 'apps/api/src/main.ts']
    .map((part) => `'${part}'`)
    .join(' ');
  const child = spawn('sh', ['-c', `umask 022 && exec ${command}`], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return { child, output: () => ({ stdout, stderr }) };
}

async function listening(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!STARTED.test(server.output().stdout)) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${JSON.stringify(server.output())}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${JSON.stringify(server.output())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await once(server.child, 'exit');
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

describe('starting the server (npm start) on a fresh data directory', () => {
  const parent = mkdtempSync(join(tmpdir(), 'server-start-'));
  const dataDir = join(parent, 'data');
  let port: number;
  let first: Server;
  beforeAll(async () => {
    port = await freePort();
    first = startServer(dataDir, port);
    await listening(first);
  }, 90_000);
  afterAll(async () => {
    await stop(first);
    rmSync(parent, { recursive: true, force: true });
  });

  it('creates the data directory 0700 and every database file 0600, though the umask is 022', () => {
    expect(modeOf(dataDir)).toBe('700');
    for (const file of DATABASE_FILES) expect([file, modeOf(join(dataDir, file))]).toEqual([file, '600']);
    expect(modeOf(join(dataDir, 'users.json'))).toBe('600');
  });

  it('writes the first admin token to a 0600 file, prints its path, and never prints the token to a pipe', () => {
    const tokenFile = join(dataDir, 'admin-token.txt');
    expect(modeOf(tokenFile)).toBe('600');
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(new UserDirectory(join(dataDir, 'users.json')).authenticate(token)?.id).toBe('admin');
    const { stdout, stderr } = first.output();
    expect(stdout).toContain(tokenFile);
    expect(stdout + stderr).not.toContain(token);
  });

  it('on a port in use, says so in one line and exits 1, without claiming to have started', async () => {
    const second = startServer(join(parent, 'other'), port);
    const [code] = (await once(second.child, 'exit')) as [number];
    const { stdout, stderr } = second.output();
    expect(code).toBe(1);
    expect(stdout).not.toMatch(STARTED);
    expect(stderr.trim()).toBe(`Port ${port} is already in use on 127.0.0.1; set PORT to another port`);
  }, 60_000);

  it('makes database files another umask left readable 0600 again at the next start', async () => {
    await stop(first);
    for (const file of ['events.db', 'read-models.db']) chmodSync(join(dataDir, file), 0o644);
    first = startServer(dataDir, port);
    await listening(first);
    for (const file of DATABASE_FILES) expect([file, modeOf(join(dataDir, file))]).toEqual([file, '600']);
  }, 90_000);
});
