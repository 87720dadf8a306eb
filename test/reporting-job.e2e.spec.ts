import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';

const run = promisify(execFile);

describe('docs/examples/reporting-job.mjs, the reporting example in docs/reporting.md', () => {
  let api: ApiHarness;
  let work: string;
  let env: NodeJS.ProcessEnv;
  let lastPosition = '0';

  const propose = async (): Promise<void> => {
    const response = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    lastPosition = response.body.position as string;
  };
  const runJob = async (): Promise<{ handled: number; checkpoint: string }> => {
    await api.as('reporter').get(`/feed?consistentWith=${lastPosition}&limit=1`).expect(200);
    const { stdout } = await run(process.execPath, ['docs/examples/reporting-job.mjs'], { env });
    return JSON.parse(stdout) as { handled: number; checkpoint: string };
  };
  const output = (): Array<{ position: string; type: string }> =>
    existsSync(env.OUTPUT_FILE as string)
      ? readFileSync(env.OUTPUT_FILE as string, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line))
      : [];

  beforeAll(async () => {
    api = await startApi();
    const server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    work = mkdtempSync(join(tmpdir(), 'reporting-job-'));
    env = {
      ...process.env,
      API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      API_TOKEN: api.tokens.reporter,
      CHECKPOINT_FILE: join(work, 'checkpoint.json'),
      OUTPUT_FILE: join(work, 'events.ndjson'),
    };
    await api.as('secretariat').post('/plans', PLAN).expect(201);
  });
  afterAll(async () => {
    await api.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('picks up exactly where its previous run stopped: every event once, in order', async () => {
    for (let i = 0; i < 3; i++) await propose();
    expect((await runJob()).handled).toBe(3);
    expect((await runJob()).handled).toBe(0);
    for (let i = 0; i < 2; i++) await propose();
    const second = await runJob();
    expect(second.handled).toBe(2);
    const stored = await api.store.readAll({
      maxCount: 1000,
      filter: { streamNamePrefixes: ['recommendation-'] },
    });
    expect(output().map((event) => event.position)).toEqual(stored.map((event) => event.position.toString()));
    expect(BigInt(second.checkpoint) >= BigInt(lastPosition)).toBe(true);
  });
});
