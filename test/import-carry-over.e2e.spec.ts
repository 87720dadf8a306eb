import { startApi, proposal, type ApiHarness } from './support/api-harness';

const HEADER =
  'Text,Language,Mechanism,Body,Recommending parties,State under review,UPR session,Document symbol,Document,Paragraph,Date,External id,Response,Themes,SDG targets,Affected groups';
const EN_2013 = 'Adopt a comprehensive anti-discrimination law covering all grounds including disability';
const EN_2018 =
  'Adopt comprehensive anti-discrimination legislation covering all grounds including disability';
const RU_2013 =
  'Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам включая инвалидность';
const RU_2018 =
  'Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам в том числе инвалидность';

const uprSource = (session: number) => ({
  mechanism: { kind: 'upr' },
  recommendingParties: [{ name: 'Norway' }],
  stateUnderReview: 'TKM',
  upr: { cycle: session < 30 ? 2 : 3, session },
});

describe('POST /imports suggests carry-overs from earlier sessions, never linking them', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const upload = (csv: string, query: string) =>
    api
      .http()
      .post(`/imports?profile=template&${query}`)
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(csv, 'utf8'));
  const file = [
    HEADER,
    `${EN_2018},en,upr,,Norway,TKM,31,,,114.3,,,,,,`,
    `${RU_2018},ru,upr,,Norway,TKM,31,,,114.4,,,,,,`,
    `Ratify the Optional Protocol to the Convention against Torture,en,upr,,Norway,TKM,31,,,114.5,,,,,,`,
  ].join('\n');

  beforeAll(async () => {
    api = await startApi();
    for (const [key, text, language] of [
      ['en', EN_2013, 'en'],
      ['ru', RU_2013, 'ru'],
    ]) {
      const body = proposal({ text, language, reference: `UPR-TKM-S16-${key}`, source: uprSource(16) });
      ids[key] = (await api.as('secretariat').post('/recommendations', body).expect(201)).body.id;
    }
  });
  afterAll(() => api.close());

  it('in the preview: the English and the Russian row each name their earlier recommendation, above 0.6', async () => {
    const preview = await upload(file, 'dryRun=true').expect(200);
    const suggestions = preview.body.carryOverSuggestions as Array<Record<string, unknown>>;
    expect(suggestions.map((s) => [s.rows, s.recommendationId, s.reference])).toEqual([
      [[2], ids.en, 'UPR-TKM-S16-en'],
      [[3], ids.ru, 'UPR-TKM-S16-ru'],
    ]);
    for (const suggestion of suggestions) expect(suggestion.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('links nothing on commit; the secretariat confirms one with the link route', async () => {
    const committed = await upload(file, 'dryRun=false').expect(201);
    const [first] = committed.body.carryOverSuggestions as Array<{
      candidateRecommendationId: string;
      recommendationId: string;
    }>;
    const before = await api
      .as('reporter')
      .get(`/recommendations/${first.candidateRecommendationId}`)
      .expect(200);
    expect(before.body.links).toEqual({ outgoing: [], incoming: [] });
    const linked = await api
      .as('secretariat')
      .post(`/recommendations/${first.candidateRecommendationId}/links`, {
        kind: 'carried_over_from',
        recommendationId: first.recommendationId,
      })
      .expect(200);
    const older = await api
      .as('reporter')
      .get(`/recommendations/${ids.en}?consistentWith=${linked.body.position}`);
    expect(older.body.links.incoming).toEqual([
      expect.objectContaining({
        label: 'carried_over_to',
        recommendationId: first.candidateRecommendationId,
      }),
    ]);
  });

  it('takes a stricter threshold, and names a bad one (400)', async () => {
    const strict = await upload(file, 'dryRun=true&carryOverThreshold=1').expect(200);
    expect(strict.body.carryOverSuggestions).toEqual([]);
    const bad = await upload(file, 'carryOverThreshold=2').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'carryOverThreshold' })]);
  });
});
