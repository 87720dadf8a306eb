import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

/** A joint UPR recommendation: the same text from three States in one review (model version 2). */
const jointSource = (session: number) => ({
  mechanism: { kind: 'upr' },
  recommendingParties: [
    { name: 'Norway', iso3: 'NOR', regionalGroup: 'WEOG' },
    { name: 'Казахстан', iso3: 'KAZ', regionalGroup: 'Asia-Pacific' },
    { name: 'Sweden', iso3: 'SWE' },
  ],
  stateUnderReview: 'TKM',
  upr: { cycle: 3, session },
  documentSymbol: 'A/HRC/39/3',
  paragraph: '114.3',
  externalId: `upr-info-${session}`,
  response: 'Supported',
});

describe('the source of a recommendation: mechanism, recommending parties, UPR review', () => {
  let api: ApiHarness;
  let joint: { id: string; position: string };
  let last: string;
  beforeAll(async () => {
    api = await startApi();
  });
  beforeAll(async () => {
    joint = await proposeOne(api, { source: jointSource(30), language: 'ru' });
    await proposeOne(api, {
      source: { mechanism: { kind: 'treaty_body', body: 'CRC' }, recommendingParties: [{ name: 'CRC' }] },
    });
    last = (
      await proposeOne(api, {
        source: { ...jointSource(17), recommendingParties: [{ name: 'UNICEF' }], response: 'noted' },
      })
    ).position;
  });
  afterAll(() => api.close());

  const references = async (query: string): Promise<string[]> => {
    const { body } = await api
      .as('reporter')
      .get(`/recommendations?consistentWith=${last}&${query}`)
      .expect(200);
    return (body.items as { id: string }[]).map((item) => item.id);
  };

  it('given a joint recommendation, answers it whole: every party, in order, and the review it came from', async () => {
    const { body } = await api
      .as('reporter')
      .get(`/recommendations/${joint.id}?consistentWith=${last}`)
      .expect(200);
    expect(body.source).toEqual(jointSource(30));
  });

  it('finds it by any party, by name or ISO3, in any case and in Cyrillic', async () => {
    for (const party of ['Norway', 'NORWAY', 'nor', 'Sweden', 'казахстан', 'KAZ']) {
      expect({ party, found: await references(`party=${encodeURIComponent(party)}`) }).toEqual({
        party,
        found: [joint.id],
      });
    }
    expect(await references('party=Denmark')).toEqual([]);
  });

  it('filters by mechanism, state under review, cycle, session, response and language', async () => {
    expect(await references('mechanism=upr&session=30')).toEqual([joint.id]);
    expect(await references('stateUnderReview=tkm&cycle=3&response=SUPPORTED')).toEqual([joint.id]);
    expect(await references('language=RU')).toEqual([joint.id]);
    expect(await references('mechanism=treaty_body&party=crc')).toHaveLength(1);
    expect(await references('mechanism=osce')).toEqual([]);
  });

  it('counts by party (once per party of a joint recommendation), mechanism, session and response', async () => {
    const groups = async (by: string) =>
      (await api.as('reporter').get(`/reports/summary?by=${by}&consistentWith=${last}`).expect(200)).body
        .groups;
    expect(await groups('party')).toEqual([
      { key: 'CRC', count: 1 },
      { key: 'Norway', count: 1 },
      { key: 'Sweden', count: 1 },
      { key: 'UNICEF', count: 1 },
      { key: 'Казахстан', count: 1 },
    ]);
    expect(await groups('mechanism')).toEqual([
      { key: 'upr', count: 2 },
      { key: 'treaty_body', count: 1 },
    ]);
    expect(await groups('session')).toEqual([
      { key: null, count: 1 },
      { key: '17', count: 1 },
      { key: '30', count: 1 },
    ]);
    expect(await groups('response')).toEqual([
      { key: null, count: 1 },
      { key: 'Supported', count: 1 },
      { key: 'noted', count: 1 },
    ]);
  });

  it.each([
    ['no party', { recommendingParties: [] }, 'source.recommendingParties'],
    [
      '51 parties',
      { recommendingParties: Array.from({ length: 51 }, (_, n) => ({ name: `P${n}` })) },
      'source.recommendingParties',
    ],
    [
      'a party without a name',
      { recommendingParties: [{ iso3: 'NOR' }] },
      'source.recommendingParties.0.name',
    ],
    [
      'a lower-case ISO3',
      { recommendingParties: [{ name: 'Norway', iso3: 'nor' }] },
      'source.recommendingParties.0.iso3',
    ],
    [
      'a null ISO3',
      { recommendingParties: [{ name: 'Norway', iso3: null }] },
      'source.recommendingParties.0.iso3',
    ],
    ['a null upr', { upr: null }, 'source.upr'],
    ['session 0', { upr: { cycle: 3, session: 0 } }, 'source.upr.session'],
    ['a fractional cycle', { upr: { cycle: 2.5, session: 30 } }, 'source.upr.cycle'],
    ['an unknown mechanism', { mechanism: { kind: 'un_agency' } }, 'source.mechanism.kind'],
    ['no mechanism', { mechanism: undefined }, 'source.mechanism'],
    [
      'a v1 source',
      { mechanism: undefined, recommendingParties: undefined, kind: 'upr', entity: 'Norway' },
      'source.kind',
    ],
    [
      'a state under review that is not ISO3',
      { stateUnderReview: 'Turkmenistan' },
      'source.stateUnderReview',
    ],
  ])('refuses a source with %s, naming the field', async (_case, change, field) => {
    const response = await api
      .as('secretariat')
      .post('/recommendations', {
        text: 'Ratify the Optional Protocol.',
        reference: `BAD-${field}-${Math.random()}`,
        source: { ...jointSource(30), ...change },
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses bad filters and a filter sent with its deprecated alias, naming the field', async () => {
    const fieldOf = async (query: string) =>
      (await api.as('reporter').get(`/recommendations?${query}`).expect(400)).body.errors[0].field;
    expect(await fieldOf('mechanism=un_agency')).toBe('mechanism');
    expect(await fieldOf('cycle=0')).toBe('cycle');
    expect(await fieldOf('session=x')).toBe('session');
    expect(await fieldOf('stateUnderReview=TKMX')).toBe('stateUnderReview');
    expect(await fieldOf('party=Norway&sourceEntity=Norway')).toBe('sourceEntity');
    expect(await fieldOf('mechanism=upr&sourceKind=upr')).toBe('sourceKind');
  });

  it('amends the parties of a proposed recommendation: a co-sponsor added later is found', async () => {
    const source = jointSource(30);
    const added = {
      ...source,
      recommendingParties: [...source.recommendingParties, { name: 'Chile', iso3: 'CHL' }],
    };
    const { body } = await api
      .as('secretariat')
      .post(`/recommendations/${joint.id}/amend`, { source: added })
      .expect(200);
    last = body.position;
    expect(await references('party=chl')).toEqual([joint.id]);
  });
});
