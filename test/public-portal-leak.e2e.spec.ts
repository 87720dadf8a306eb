import { startApi, type ApiHarness } from './support/api-harness';
import {
  UNPUBLISH,
  publish,
  seedInstitution,
  seedPublicAction,
  seedRecommendation,
  seedReport,
} from './support/public-portal-seed';

/** Every text that must never leave the workspace, each unique so a leak names its source. */
const MARKER = {
  unpublishedText: 'LEAKMARK-unpublished-text',
  unpublishedReference: 'LEAKMARK-REF-1',
  unpublishedAgainText: 'LEAKMARK-published-then-unpublished',
  privateRationale: 'LEAKMARK-private-rationale',
  meetingRef: 'LEAKMARK-meeting',
  translator: 'LEAKMARK-translator',
  actor: 'LEAKMARK-user-amina',
  assessment: 'LEAKMARK-assessment',
  deferral: 'LEAKMARK-deferral-reason',
  recommendationEvidence: 'LEAKMARK-rec-evidence.pdf',
  unpublishedAction: 'LEAKMARK-unpublished-action',
  delayReason: 'LEAKMARK-delay-reason',
  returnedReport: 'LEAKMARK-returned-report',
  returnComment: 'LEAKMARK-return-comment',
  unvalidatedPublished: 'LEAKMARK-unvalidated-but-published',
  validatedUnpublished: 'LEAKMARK-validated-unpublished',
  reportOfUnpublishedAction: 'LEAKMARK-report-of-unpublished-action',
  validationComment: 'LEAKMARK-validation-comment',
  reportEvidence: 'LEAKMARK-report-evidence.pdf',
  valueNote: 'LEAKMARK-value-note',
};

const VALIDATED = { type: 'ProgressReportValidated', data: { comment: MARKER.validationComment } };
const REPORT_PUBLISHED = { type: 'ProgressReportPublished', data: {} };

/** Every portal address reachable from /public by the portal's own links, with its answer. */
async function crawl(
  api: ApiHarness,
): Promise<Map<string, { status: number; body: string; cookie: unknown }>> {
  const seen = new Map<string, { status: number; body: string; cookie: unknown }>();
  const queue = ['/public'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await api
      .http()
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    const body = response.body as string;
    seen.set(path, { status: response.status, body, cookie: response.headers['set-cookie'] });
    for (const [, href] of body.matchAll(/href="([^"]+)"/g)) {
      const link = href.replace(/&amp;/g, '&');
      if (link.startsWith('/public') && !seen.has(link)) queue.push(link);
    }
  }
  return seen;
}

describe('the public portal leaks nothing unpublished', () => {
  let api: ApiHarness;
  const published: string[] = [];
  const internalIds: string[] = [];

  beforeAll(async () => {
    api = await startApi();
    const { app } = api;
    await seedInstitution(app, 'ministry-of-justice', {
      en: 'Ministry of Justice',
      ru: 'Министерство юстиции',
    });
    await seedRecommendation(app, { reference: MARKER.unpublishedReference, text: MARKER.unpublishedText });
    await seedRecommendation(app, { reference: 'LEAK-2', text: MARKER.unpublishedAgainText }, [
      publish(true),
      UNPUBLISH,
    ]);
    const open = await seedRecommendation(
      app,
      { reference: 'PUB-1', text: 'Published text one', rationale: MARKER.privateRationale },
      [
        {
          type: 'TranslationAdded',
          data: { language: 'ru', text: 'Опубликованный текст', translatedBy: MARKER.translator },
        },
        {
          type: 'EvidenceAttached',
          data: {
            evidence: [
              {
                sha256: 'b'.repeat(64),
                fileName: MARKER.recommendationEvidence,
                mediaType: 'application/pdf',
                size: 9,
              },
            ],
            note: MARKER.meetingRef,
          },
        },
        { type: 'RecommendationReflectedInPlan', data: { planId: 'NAP-1', actionRef: '1.1' } },
        { type: 'RecommendationImplemented', data: { assessment: MARKER.assessment } },
        publish(false),
      ],
      MARKER.actor,
    );
    const publicRationale = await seedRecommendation(
      app,
      { reference: 'PUB-2', text: 'Published text two', rationale: 'A rationale the State published' },
      [publish(true)],
    );
    published.push(
      'PUB-1',
      'Published text one',
      'PUB-2',
      'Published text two',
      'A rationale the State published',
    );
    published.push('PUB-3', 'Ministry of Justice', 'Public action title', 'Validated published narrative');
    const action = await seedPublicAction(
      app,
      {
        planId: 'NAP-1',
        number: '1.1',
        title: 'Public action title',
        lead: 'ministry-of-justice',
        recommendationIds: [open.id, publicRationale.id],
      },
      [
        { type: 'ActionStarted', data: {} },
        { type: 'ActionDelayed', data: { reason: MARKER.delayReason } },
        { type: 'ActionPublished', data: {} },
      ],
    );
    const hidden = await seedPublicAction(app, {
      planId: 'NAP-1',
      number: '1.2',
      title: MARKER.unpublishedAction,
      lead: 'ministry-of-justice',
      recommendationIds: [open.id],
    });
    const report = { evidenceName: MARKER.reportEvidence, note: MARKER.valueNote };
    await seedReport(
      app,
      action,
      { ...report, narrative: 'Validated published narrative' },
      [VALIDATED, REPORT_PUBLISHED],
      MARKER.actor,
    );
    await seedReport(app, action, { ...report, narrative: MARKER.returnedReport }, [
      { type: 'ProgressReportReturned', data: { comment: MARKER.returnComment } },
    ]);
    await seedReport(app, action, { ...report, narrative: MARKER.unvalidatedPublished }, [REPORT_PUBLISHED]);
    await seedReport(app, action, { ...report, narrative: MARKER.validatedUnpublished }, [VALIDATED]);
    await seedReport(app, hidden, { ...report, narrative: MARKER.reportOfUnpublishedAction }, [
      VALIDATED,
      REPORT_PUBLISHED,
    ]);
    // PUB-3 is published last, so every page reflects the whole seed once it shows up.
    await seedRecommendation(app, { reference: 'PUB-3-late', text: 'Published text three' }, [
      publish(false),
    ]);
    for (let tries = 0; tries < 50; tries++) {
      const board = await api.http().get('/public');
      if (board.text.includes('PUB-3')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(() => api.close());

  it('answers every page and data file reachable from /public without a marker, a cookie or an internal id', async () => {
    const pages = await crawl(api);
    const paths = [...pages.keys()];
    expect(paths).toEqual(
      expect.arrayContaining([
        '/public',
        '/public/recommendations/PUB-1',
        '/public/plans',
        '/public/plans/NAP-1',
        '/public/data',
        '/public/data/recommendations.json',
        '/public/data/recommendations.csv',
        '/public/data/actions.json',
        '/public/data/actions.csv',
        '/public/data/schema.json',
        '/public?lang=ru',
        '/public?lang=tk',
      ]),
    );
    const leaks = [...pages].flatMap(([path, page]) =>
      Object.values(MARKER)
        .filter((marker) => page.body.includes(marker))
        .map((marker) => `${path}: ${marker}`),
    );
    expect(leaks).toEqual([]);
    expect(internalIds.filter((id) => [...pages.values()].some((page) => page.body.includes(id)))).toEqual(
      [],
    );
    expect([...pages].filter(([, page]) => page.status !== 200).map(([path]) => path)).toEqual([]);
    expect([...pages].filter(([, page]) => page.cookie !== undefined).map(([path]) => path)).toEqual([]);
    const everything = [...pages.values()].map((page) => page.body).join('\n');
    for (const text of published) expect(everything).toContain(text);
  });

  it('lets anyone cache a page for a minute and revalidate it by the log position', async () => {
    const first = await api.http().get('/public?lang=tk').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers['etag']).toBe(`W/"${first.headers['x-projection-position']}"`);
    await api.http().get('/public?lang=tk').set('If-None-Match', first.headers['etag']).expect(304);
    const data = await api.http().get('/public/data/recommendations.json').expect(200);
    expect(data.body).toMatchObject({
      licence: 'CC BY 4.0',
      logPosition: first.headers['x-projection-position'],
    });
  });

  it('answers a problem naming the field for a bad filter, and a page for an unknown reference', async () => {
    const bad = await api.http().get('/public?mechanism=nonsense').expect(400);
    expect(JSON.stringify(bad.body)).toContain('mechanism');
    const missing = await api
      .http()
      .get(`/public/recommendations/${MARKER.unpublishedReference}`)
      .expect(404);
    expect(missing.text).not.toContain(MARKER.unpublishedText);
    await api.http().get('/public/data/users.json').expect(404);
  });
});
