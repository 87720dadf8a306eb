import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { evidenceDirectory } from '@app/evidence';
import { MINIMAL_PDF, PNG_HEADER, minimalXlsx } from '@app/testing';
import { proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';
import { runCommand } from './support/read-model-commands';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('evidence on recommendations: POST /recommendations/:id/evidence and its download', () => {
  let api: ApiHarness;
  let id: string;
  beforeAll(async () => {
    api = await startApi();
    id = (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string;
    await runCommand(api, 'secretariat', `/recommendations/${id}/schedule-review`, {
      reviewDueDate: '2021-06-30',
    });
  });
  afterAll(() => api.close());

  const upload = (role: TestRole, recommendationId = id) =>
    api
      .http()
      .post(`/recommendations/${recommendationId}/evidence`)
      .set('Authorization', `Bearer ${api.tokens[role]}`);
  const storedFiles = (): string[] => {
    const directory = evidenceDirectory(api.config);
    return existsSync(directory)
      ? readdirSync(directory, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name)
      : [];
  };

  it('a reviewer attaches a PDF and a workbook with a note; the event records the hashes; GET lists them', async () => {
    const workbook = await minimalXlsx();
    const answer = await upload('reviewer')
      .field('note', 'Signed minutes')
      .field('decisionRevision', '1')
      .attach('evidence', MINIMAL_PDF, { filename: 'minutes.pdf', contentType: 'application/pdf' })
      .attach('evidence', workbook, { filename: 'figures.xlsx', contentType: XLSX })
      .expect(200);
    expect(answer.body).toMatchObject({ id, revision: 2 });

    const stored = await api.streamOf(id);
    const pdf = {
      sha256: sha256(MINIMAL_PDF),
      fileName: 'minutes.pdf',
      mediaType: 'application/pdf',
      size: MINIMAL_PDF.length,
    };
    const xlsx = {
      sha256: sha256(workbook),
      fileName: 'figures.xlsx',
      mediaType: XLSX,
      size: workbook.length,
    };
    expect(stored.at(-1)).toMatchObject({
      type: 'EvidenceAttached',
      data: { evidence: [pdf, xlsx], note: 'Signed minutes', decisionRevision: 1 },
    });

    const details = await api
      .as('reporter')
      .get(`/recommendations/${id}?consistentWith=${answer.body.position as string}`)
      .expect(200);
    expect(details.body.status).toBe('under_review');
    expect(details.body.evidence).toEqual([
      expect.objectContaining({
        ...pdf,
        note: 'Signed minutes',
        decisionRevision: 1,
        attachedBy: { id: 'reviewer-user', role: 'reviewer' },
      }),
      expect.objectContaining({ ...xlsx, note: 'Signed minutes' }),
    ]);
    expect(details.body.transitions.at(-1)).toMatchObject({
      type: 'EvidenceAttached',
      from: 'under_review',
      to: 'under_review',
    });
  });

  it('fields may come as one JSON part instead', async () => {
    await upload('secretariat')
      .field('json', JSON.stringify({ note: 'A photo of the notice' }))
      .attach('evidence', PNG_HEADER, 'notice.png')
      .expect(200);
    const last = (await api.streamOf(id)).at(-1)!;
    expect(last.data).toMatchObject({
      note: 'A photo of the notice',
      evidence: [{ mediaType: 'image/png' }],
    });
  });

  it('whoever may read the recommendation downloads it: the recorded type, as an attachment, never sniffed', async () => {
    const answer = await api
      .as('auditor')
      .get(`/recommendations/${id}/evidence/${sha256(MINIMAL_PDF)}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="minutes.pdf"; filename*=UTF-8''minutes.pdf`,
    );
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(answer.body as Buffer, MINIMAL_PDF)).toBe(0);
  });

  it("a hash the recommendation's events do not name is 404, even when another record holds the file", async () => {
    const other = (
      await api
        .as('secretariat')
        .post('/recommendations', proposal({ reference: 'OTHER-1' }))
        .expect(201)
    ).body.id as string;
    await api
      .as('reporter')
      .get(`/recommendations/${other}/evidence/${sha256(MINIMAL_PDF)}`)
      .expect(404)
      .expect((response) => {
        expect(response.body.code).toBe('EVIDENCE.NOT_FOUND');
      });
    await api.as('reporter').get(`/recommendations/${id}/evidence/..%2F..%2Fevents.db`).expect(404);
  });

  it('a file renamed .pdf that is not a PDF: 415 naming it, nothing recorded or kept', async () => {
    const files = storedFiles();
    const before = (await api.streamOf(id)).length;
    const answer = await upload('secretariat')
      .attach('evidence', Buffer.from('MZ this is a program, not minutes'), 'minutes.pdf')
      .expect(415);
    expect(answer.body).toMatchObject({
      code: 'EVIDENCE.UNSUPPORTED_TYPE',
      fileName: 'minutes.pdf',
      field: 'evidence',
    });
    expect(await api.streamOf(id)).toHaveLength(before);
    expect(storedFiles()).toEqual(files);
  });

  it('a file over 20 MiB: 413 naming it, refused before it is stored whole', async () => {
    const files = storedFiles();
    const huge = Buffer.concat([MINIMAL_PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const answer = await upload('secretariat').attach('evidence', huge, 'scan.pdf');
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      code: 'EVIDENCE.FILE_TOO_LARGE',
      fileName: 'scan.pdf',
      limitBytes: 20 * 1024 * 1024,
    });
    expect(storedFiles()).toEqual(files);
  });

  it.each([
    [
      'no file',
      (test: ReturnType<typeof upload>) => test.field('note', 'nothing attached'),
      'EVIDENCE.REQUIRED',
    ],
    [
      'an unknown field',
      (test: ReturnType<typeof upload>) =>
        test.field('colour', 'red').attach('evidence', MINIMAL_PDF, 'a.pdf'),
      'VALIDATION_FAILED',
    ],
    [
      'a file under another part name',
      (test: ReturnType<typeof upload>) => test.attach('scan', MINIMAL_PDF, 'a.pdf'),
      'VALIDATION_FAILED',
    ],
    [
      'a decisionRevision that is not a number',
      (test: ReturnType<typeof upload>) =>
        test.field('decisionRevision', 'x').attach('evidence', MINIMAL_PDF, 'a.pdf'),
      'VALIDATION_FAILED',
    ],
  ])('%s: 400 %s', async (_case, build, code) => {
    const answer = await build(upload('secretariat')).expect(400);
    expect(answer.body.code).toBe(code);
  });

  it('JSON to the upload route is 415; multipart to any other route is 415', async () => {
    await upload('secretariat').send({ note: 'x' }).expect(415);
    await api
      .http()
      .post(`/recommendations/${id}/withdraw`)
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .field('reason', 'x')
      .expect(415);
  });

  it('auditors and reporting staff may not attach (403), and nothing of their file is stored', async () => {
    const files = storedFiles();
    await upload('auditor')
      .attach('evidence', Buffer.concat([MINIMAL_PDF, Buffer.from('auditor')]), 'a.pdf')
      .expect(403);
    expect(storedFiles()).toEqual(files);
  });
});

describe('evidence uploads retried with an Idempotency-Key', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('the same key and the same files: one event; the same key with another file: 422', async () => {
    const id = (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body
      .id as string;
    const send = (bytes: Buffer) =>
      api
        .http()
        .post(`/recommendations/${id}/evidence`)
        .set('Authorization', `Bearer ${api.tokens.secretariat}`)
        .set('Idempotency-Key', 'upload-1')
        .field('note', 'minutes')
        .attach('evidence', bytes, 'minutes.pdf');
    const first = await send(MINIMAL_PDF).expect(200);
    const retry = await send(MINIMAL_PDF).expect(200);
    expect(retry.body).toEqual(first.body);
    expect((await api.streamOf(id)).map((event) => event.type)).toEqual([
      'RecommendationProposed',
      'EvidenceAttached',
    ]);
    const other = await send(Buffer.concat([MINIMAL_PDF, Buffer.from('% v2')])).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
