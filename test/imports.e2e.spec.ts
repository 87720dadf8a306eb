import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImportFile } from '@app/imports';
import { startApi, type ApiHarness, type TestRole } from './support/api-harness';

const FIXTURES = join(__dirname, 'fixtures/imports');
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('POST /imports and GET /imports/:id', () => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi();
  });
  afterEach(async () => api.close());

  const upload = (file: string, query: string, role: TestRole = 'admin', type = CSV) =>
    api
      .http()
      .post(`/imports?${query}`)
      .set('Authorization', `Bearer ${api.tokens[role]}`)
      .set('Content-Type', type)
      .send(readFileSync(join(FIXTURES, file)));
  const typeOf = (file: string) => (file.endsWith('.xlsx') ? XLSX : CSV);
  const candidatesOf = async (file: string, profile: string) =>
    readImportFile(createReadStream(join(FIXTURES, file)), { profile }).then((r) => r.candidates);

  describe('given each sample file', () => {
    it.each([
      ['upr-info.utf8.lf.csv', 'upr-info'],
      ['upr-info.windows-1252.crlf.csv', 'upr-info'],
      ['upr-info.xlsx', 'upr-info'],
      ['uhri.utf8.crlf.csv', 'uhri'],
      ['uhri.xlsx', 'uhri'],
      ['template.utf8-bom.crlf.csv', 'template'],
      ['template.xlsx', 'template'],
    ])('when %s is dry run then committed, the counts match the file', async (file, profile) => {
      const candidates = await candidatesOf(file, profile);
      const decided = candidates.filter((c) => c.position !== undefined && c.position !== 'pending').length;
      const deferred = candidates.filter((c) => c.position === 'pending').length;
      const head = await api.store.headPosition();

      const dry = await upload(file, `profile=${profile}`, 'admin', typeOf(file)).expect(200);
      expect(await api.store.headPosition()).toBe(head);
      const committed = await upload(file, `profile=${profile}&dryRun=false`, 'admin', typeOf(file)).expect(
        201,
      );

      for (const report of [dry.body, committed.body]) {
        expect(report.recommendations).toEqual({
          created: candidates.length,
          updated: 0,
          unchanged: 0,
          failed: 0,
        });
        expect(report.positions).toEqual({ recorded: decided, deferred, skipped: 0 });
        expect(report.errors.length).toBeGreaterThan(0);
      }
      expect(dry.body.dryRun).toBe(true);
      expect(committed.body).toMatchObject({ dryRun: false, profile, importId: dry.body.importId });
      expect(committed.headers.location).toBe(`/imports/${committed.body.importId}`);
      expect(await api.store.headPosition()).toBeGreaterThan(head);
    });
  });

  it('given the UPR Info sample, reports 35 rows, 22 recommendations, 21 positions, 1 deferred, 4 row errors', async () => {
    const report = (await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false').expect(201)).body;

    expect(report).toMatchObject({
      rows: 35,
      recommendations: { created: 22, updated: 0, unchanged: 0, failed: 0 },
      positions: { recorded: 21, deferred: 1, skipped: 0 },
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(report.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [33, 'IMPORT.ROW.UNKNOWN_THEME'],
      [34, 'IMPORT.ROW.UNKNOWN_STATE'],
      [35, 'IMPORT.ROW.REQUIRED'],
      [36, 'IMPORT.ROW.INVALID_SESSION'],
    ]);
  });

  it('shows the joint recommendation once, with all its recommending States, in GET /recommendations', async () => {
    await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false').expect(201);
    const last = await api.store.headPosition();

    const list = await api
      .as('reporter')
      .get(`/recommendations?consistentWith=${last}&party=CZE`)
      .expect(200);
    const opcat = list.body.items.filter((r: { text: string }) =>
      r.text.startsWith('Ratify the Optional Protocol'),
    );
    expect(opcat).toHaveLength(1);
    expect(opcat[0].source.recommendingParties.map((p: { iso3: string }) => p.iso3)).toEqual([
      'DNK',
      'EST',
      'CZE',
      'POL',
    ]);
    expect(opcat[0]).toMatchObject({ status: 'reviewed', position: 'noted', source: { response: 'Noted' } });
    expect(opcat[0].reference).toMatch(/^UPR-TKM-S16-[0-9a-f]{8}$/);
  });

  it('appends nothing when the same file is imported again, and reports every recommendation unchanged', async () => {
    await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false').expect(201);
    const head = await api.store.headPosition();

    const again = await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false').expect(201);

    expect(await api.store.headPosition()).toBe(head);
    expect(again.body.recommendations).toEqual({ created: 0, updated: 0, unchanged: 22, failed: 0 });
    expect(again.body.positions).toEqual({ recorded: 0, deferred: 0, skipped: 0 });
  });

  it('given a file changed in one row, changes only that recommendation', async () => {
    const original = readFileSync(join(FIXTURES, 'template.utf8-bom.crlf.csv'), 'utf8');
    await upload('template.utf8-bom.crlf.csv', 'profile=template&dryRun=false').expect(201);
    const head = await api.store.headPosition();
    // The CERD row has a document symbol and paragraph: its identity, so a new wording is the same recommendation.
    const corrected = original.replace(
      'Adopt a comprehensive anti-discrimination law',
      'Adopt a comprehensive anti-discrimination law without delay',
    );
    expect(corrected).not.toBe(original);

    const report = await api
      .http()
      .post('/imports?profile=template&dryRun=false')
      .set('Authorization', `Bearer ${api.tokens.admin}`)
      .set('Content-Type', CSV)
      .send(Buffer.from(corrected, 'utf8'))
      .expect(201);

    expect(report.body.recommendations).toEqual({ created: 0, updated: 1, unchanged: 6, failed: 0 });
    const appended = await api.store.readAll({ fromPosition: head });
    const byStream = new Set(
      appended.filter((e) => e.stream.startsWith('recommendation-')).map((e) => e.stream),
    );
    expect(byStream.size).toBe(1);
  });

  it('given a changed file, corrects a reviewed recommendation with a reason naming the import', async () => {
    const original = readFileSync(join(FIXTURES, 'template.utf8-bom.crlf.csv'), 'utf8');
    await upload('template.utf8-bom.crlf.csv', 'profile=template&dryRun=false').expect(201);
    const head = await api.store.headPosition();
    // The OPCAT rows carry an external id, their identity; the source's "Noted" made the recommendation reviewed.
    const corrected = original.replaceAll('Convention against Torture', 'Convention against Torture (OPCAT)');

    const report = await api
      .http()
      .post('/imports?profile=template&dryRun=false')
      .set('Authorization', `Bearer ${api.tokens.admin}`)
      .set('Content-Type', CSV)
      .send(Buffer.from(corrected, 'utf8'))
      .expect(201);

    expect(report.body.recommendations).toEqual({ created: 0, updated: 1, unchanged: 6, failed: 0 });
    const appended = (await api.store.readAll({ fromPosition: head })).filter((e) =>
      e.stream.startsWith('recommendation-'),
    );
    expect(appended.map((e) => e.type)).toEqual(['RecommendationCorrected']);
    expect(appended[0].data).toMatchObject({
      changes: { text: 'Ratify the Optional Protocol to the Convention against Torture (OPCAT)' },
      reason: expect.stringContaining(report.body.importId),
    });
  });

  it('lets a secretariat without the reviewer role import the rows as proposed only', async () => {
    const report = (
      await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false', 'secretariat').expect(201)
    ).body;

    expect(report.recommendations).toMatchObject({ created: 22, failed: 0 });
    expect(report.positions).toEqual({ recorded: 0, deferred: 0, skipped: 22 });
    const last = await api.store.headPosition();
    const list = await api
      .as('reporter')
      .get(`/recommendations?consistentWith=${last}&limit=100`)
      .expect(200);
    expect(new Set(list.body.items.map((r: { status: string }) => r.status))).toEqual(new Set(['proposed']));
  });

  it('names the import in the metadata of every event it appends, and the log still verifies', async () => {
    const report = (await upload('upr-info.utf8.lf.csv', 'profile=upr-info&dryRun=false').expect(201)).body;

    const events = await api.store.readAll({ maxCount: 10_000 });
    const imported = events.filter((e) => e.stream.startsWith('recommendation-'));
    expect(imported.length).toBe(22 + 22 + 22);
    for (const event of imported) {
      expect(event.metadata.import).toMatchObject({
        importId: report.importId,
        fileSha256: report.fileSha256,
      });
      expect((event.metadata.import as { rows: number[] }).rows.length).toBeGreaterThan(0);
    }
    expect(events.some((e) => e.stream === `import-${report.importId}` && e.type === 'ImportCompleted')).toBe(
      true,
    );
    expect((await api.as('auditor').get('/audit/verify').expect(200)).body.ok).toBe(true);
  });

  it('gives the report again at GET /imports/:id, to the roles that may read it', async () => {
    const report = (await upload('uhri.utf8.crlf.csv', 'profile=uhri&dryRun=false').expect(201)).body;

    for (const role of ['secretariat', 'reviewer', 'auditor', 'admin'] as const) {
      expect((await api.as(role).get(`/imports/${report.importId}`).expect(200)).body).toEqual(report);
    }
    await api.as('reporter').get(`/imports/${report.importId}`).expect(403);
    const missing = await api.as('auditor').get('/imports/00000000-0000-8000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('IMPORT.NOT_FOUND');
  });

  describe('given a file that cannot be imported as a whole', () => {
    it.each([
      ['bad.binary.csv', 'profile=upr-info', CSV, 400, 'IMPORT.UNSUPPORTED_FORMAT'],
      ['bad.pdf', 'profile=upr-info', CSV, 400, 'IMPORT.UNSUPPORTED_FORMAT'],
      ['bad.legacy.xls', 'profile=upr-info', XLSX, 400, 'IMPORT.UNSUPPORTED_FORMAT'],
      ['bad.formula.xlsx', 'profile=upr-info', XLSX, 400, 'IMPORT.XLSX_FORMULA'],
      ['bad.macros.xlsx', 'profile=upr-info', XLSX, 400, 'IMPORT.XLSX_MACROS'],
      ['bad.unclosed-quote.csv', 'profile=upr-info', CSV, 400, 'IMPORT.MALFORMED_CSV'],
      ['bad.wrong-header.csv', 'profile=upr-info', CSV, 400, 'IMPORT.WRONG_HEADER'],
      ['upr-info.utf8.lf.csv', 'profile=nope', CSV, 400, 'IMPORT.UNKNOWN_PROFILE'],
      ['upr-info.utf8.lf.csv', 'profile=upr-info', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ])('refuses %s (%s, %s) with %i %s and appends nothing', async (file, query, type, status, code) => {
      const head = await api.store.headPosition();

      const response = await upload(file, `${query}&dryRun=false`, 'admin', type).expect(status);

      expect(response.body.code).toBe(code);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(await api.store.headPosition()).toBe(head);
    });

    it('refuses a file over 20 MiB with 413 IMPORT.FILE_TOO_LARGE', async () => {
      const row = `${'Ratify the Convention '.repeat(50)},unct,UNICEF\n`;
      const big = Buffer.from(
        `Text,Mechanism,Recommending parties\n${row.repeat(Math.ceil((21 * 1024 * 1024) / row.length))}`,
      );
      const response = await api
        .http()
        .post('/imports?profile=template&dryRun=false')
        .set('Authorization', `Bearer ${api.tokens.admin}`)
        .set('Content-Type', CSV)
        .send(big)
        .expect(413);
      expect(response.body.code).toBe('IMPORT.FILE_TOO_LARGE');
    }, 60_000);

    it('refuses callers who may not propose, and a missing profile', async () => {
      await upload('upr-info.utf8.lf.csv', 'profile=upr-info', 'reviewer').expect(403);
      const missing = await upload('upr-info.utf8.lf.csv', 'dryRun=true').expect(400);
      expect(missing.body.errors[0].field).toBe('profile');
    });
  });

  it('refuses a JSON body with 415 (not 500), as it refuses any other media type than a file', async () => {
    const response = await api
      .http()
      .post('/imports?profile=upr-info&dryRun=true')
      .set('Authorization', `Bearer ${api.tokens.admin}`)
      .set('Content-Type', 'application/json')
      .send('{"text":"Adopt a law"}')
      .expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('still refuses other bodies than JSON on other routes with 415', async () => {
    const response = await api
      .http()
      .post('/recommendations')
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .set('Content-Type', CSV)
      .send('a,b\n')
      .expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
