import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExportFile, verifyChain } from '@app/event-store';
import { recommendationStream } from '@app/recommendations';
import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne, runCommand } from './support/read-model-commands';

/** supertest keeps a body of a type it has no parser for only when given one: the text as it came. */
const asText = (response: unknown, done: (error: Error | null, body: string) => void): void => {
  const body = response as NodeJS.ReadableStream;
  let text = '';
  body.setEncoding('utf8');
  body.on('data', (chunk: string) => (text += chunk));
  body.on('end', () => done(null, text));
};

describe('GET /audit/export', () => {
  let api: ApiHarness;
  let dir: string;
  let ids: string[];

  beforeAll(async () => {
    api = await startApi();
    dir = mkdtempSync(join(tmpdir(), 'audit-export-'));
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    ids = [(await proposeOne(api)).id, (await proposeOne(api)).id];
    await runCommand(api, 'secretariat', `/recommendations/${ids[0]}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const download = (path: string) => api.as('auditor').get(path).buffer(true).parse(asText);

  it('downloads the whole log as NDJSON, one event a line as /audit/events answers it, that verifies offline', async () => {
    const response = await download('/audit/export').expect(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="audit-log.ndjson"');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.body as string;
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as object);
    const events = (await api.as('auditor').get('/audit/events?limit=500').expect(200)).body.events;
    expect(lines).toEqual(events);

    const file = join(dir, 'log.ndjson');
    writeFileSync(file, text);
    // Offline, the export proves the chain; evidence files are checked only where they are stored (online).
    const { evidence, ...online } = (await api.as('auditor').get('/audit/verify').expect(200)).body;
    expect(evidence).toEqual({ filesChecked: 0, problems: [] });
    expect(await verifyChain(readExportFile(file))).toEqual(online);
    expect(online).toMatchObject({ ok: true, eventsChecked: lines.length });
  });

  it('downloads one stream with ?stream=, and answers 404 for a stream with no events', async () => {
    const stream = recommendationStream(ids[0]);
    const response = await download(`/audit/export?stream=${stream}`).expect(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${stream}.ndjson"`);
    const lines = (response.body as string)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.stream, line.revision])).toEqual([
      [stream, 0],
      [stream, 1],
    ]);
    const missing = await api.as('auditor').get('/audit/export?stream=recommendation-none').expect(404);
    expect(missing.body).toMatchObject({ code: 'AUDIT.STREAM_NOT_FOUND' });
  });

  it('is for auditors only', async () => {
    for (const role of ['secretariat', 'reviewer', 'reporter'] as const) {
      await api.as(role).get('/audit/export').expect(403);
    }
    await api.http().get('/audit/export').expect(401);
  });
});
