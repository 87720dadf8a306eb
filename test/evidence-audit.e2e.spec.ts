import { createHash, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { chainEvents, lastHash } from '@app/event-store';
import { EvidenceStore, evidenceDirectory } from '@app/evidence';
import { JPEG_HEADER, MINIMAL_PDF, PNG_HEADER } from '@app/testing';
import { proposal, startApi, type ApiHarness } from './support/api-harness';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('GET /audit/verify covers the evidence files the log names', () => {
  let api: ApiHarness;
  let id: string;
  let files: EvidenceStore;
  beforeAll(async () => {
    api = await startApi();
    files = new EvidenceStore({ directory: evidenceDirectory(api.config) });
    id = (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string;
    await api
      .http()
      .post(`/recommendations/${id}/evidence`)
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .attach('evidence', MINIMAL_PDF, 'minutes.pdf')
      .attach('evidence', PNG_HEADER, 'photo.png')
      .expect(200);
  });
  afterAll(() => api.close());

  const verify = async () => (await api.as('auditor').get('/audit/verify').expect(200)).body;
  const problem = (
    bytes: Buffer,
    kind: string,
    stream = `recommendation-${id}`,
    eventType = 'EvidenceAttached',
  ) => ({
    stream,
    revision: expect.any(Number),
    eventType,
    sha256: sha256(bytes),
    problem: kind,
  });

  it('intact files: ok, each file checked once', async () => {
    expect(await verify()).toMatchObject({ ok: true, evidence: { filesChecked: 2, problems: [] } });
  });

  it("a stored file's bytes altered: reported as evidence_altered, naming the stream, event and hash", async () => {
    writeFileSync(files.pathOf(sha256(MINIMAL_PDF))!, Buffer.concat([MINIMAL_PDF, Buffer.from('% edited')]));
    const report = await verify();
    expect(report).toMatchObject({ ok: false, failures: [], evidence: { filesChecked: 2 } });
    expect(report.evidence.problems).toEqual([{ ...problem(MINIMAL_PDF, 'evidence_altered'), revision: 1 }]);
    await api
      .as('reporter')
      .get(`/recommendations/${id}/evidence/${sha256(MINIMAL_PDF)}`)
      .expect(500);
  });

  it('a stored file deleted: reported as evidence_missing', async () => {
    rmSync(files.pathOf(sha256(PNG_HEADER))!);
    const report = await verify();
    expect(report.evidence.problems).toEqual([
      problem(MINIMAL_PDF, 'evidence_altered'),
      problem(PNG_HEADER, 'evidence_missing'),
    ]);
  });

  it('any event type carrying evidence is covered (a progress report), and ?stream= checks only that stream', async () => {
    const stream = `progress-report-${randomUUID()}`;
    const evidence = [
      { sha256: sha256(JPEG_HEADER), fileName: 'site.jpg', mediaType: 'image/jpeg', size: 11 },
    ];
    const [event] = chainEvents(lastHash([]), [
      {
        id: randomUUID(),
        type: 'ProgressReportReturned',
        data: { comment: 'see photo', evidence },
        metadata: {},
      },
    ]);
    await api.store.append(stream, [event], { expectedRevision: 'no_stream' });
    const one = (await api.as('auditor').get(`/audit/verify?stream=${stream}`).expect(200)).body;
    expect(one.evidence).toEqual({
      filesChecked: 1,
      problems: [problem(JPEG_HEADER, 'evidence_missing', stream, 'ProgressReportReturned')],
    });
  });
});
