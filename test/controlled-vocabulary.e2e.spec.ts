import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

/** Themes from the controlled list and SDG targets in one spelling, whatever labels staff and databases use. */
describe('themes and SDG targets: controlled labels in, ids out', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const details = async (id: string, position: string) =>
    (await api.as('reporter').get(`/recommendations/${id}?consistentWith=${position}`).expect(200)).body;

  it('given theme labels (ids, English names, mapped labels, any case), stores their controlled ids once each', async () => {
    const { id, position } = await proposeOne(api, {
      themes: ['Right to Education', 'CHILDREN', 'Rights of the child', 'non-discrimination'],
    });
    expect((await details(id, position)).themes).toEqual([
      'education',
      'rights-of-the-child',
      'non-discrimination',
    ]);
  });

  it('given SDG spellings ("SDG 16", "Goal 5", "16 - Peace...", "SDG16.3"), stores 16, 5 and 16.3', async () => {
    const { id, position } = await proposeOne(api, {
      sdgTargets: ['SDG 16', 'Goal 5', '16 - Peace, justice and strong institutions', 'SDG16.3', 'sdg 4.A'],
    });
    expect((await details(id, position)).sdgTargets).toEqual(['16', '5', '16.3', '4.a']);
  });

  it('refuses an unknown theme with a 400 naming the item and where the list is', async () => {
    const { body } = await api
      .as('secretariat')
      .post('/recommendations', { ...validProposal(), themes: ['health', 'Underwater basket weaving'] })
      .expect(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors).toEqual([
      {
        field: 'themes.1',
        message: expect.stringContaining('"Underwater basket weaving" is not a known theme'),
      },
    ]);
    expect(body.errors[0].message).toContain('GET /vocabulary/themes');
    expect(body.errors[0].message).toContain('docs/api.md');
  });

  it('refuses an SDG target that is none, with its reason, naming the item', async () => {
    const { body } = await api
      .as('secretariat')
      .post('/recommendations', { ...validProposal(), sdgTargets: ['16.3', 'SDG 18', 'peace'] })
      .expect(400);
    expect(body.errors).toEqual([
      { field: 'sdgTargets.1', message: expect.stringContaining('there are 17 SDGs, not 18') },
      { field: 'sdgTargets.2', message: expect.stringContaining('"peace" is not an SDG goal or target') },
    ]);
  });

  it('maps and checks the labels of an amendment and of a correction the same way', async () => {
    const { id } = await proposeOne(api);
    const amended = await api
      .as('secretariat')
      .post(`/recommendations/${id}/amend`, { themes: ['Gender equality'], sdgTargets: ['Goal 5'] })
      .expect(200);
    expect((await details(id, amended.body.position)).themes).toEqual(['womens-rights']);
    const refused = await api
      .as('secretariat')
      .post(`/recommendations/${id}/correct`, { changes: { themes: ['nonsense'] }, reason: 'Typo.' })
      .expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['changes.themes.0']);
    const corrected = await api
      .as('secretariat')
      .post(`/recommendations/${id}/correct`, { changes: { sdgTargets: ['SDG16.3'] }, reason: 'Target.' })
      .expect(200);
    expect((await details(id, corrected.body.position)).sdgTargets).toEqual(['16.3']);
  });

  it('filters the list, the summary and the CSV by theme and SDG in any of those spellings', async () => {
    const { id, position } = await proposeOne(api, {
      reference: 'THEME-FILTER-1',
      themes: ['Torture and other cruel, inhuman or degrading treatment'],
      sdgTargets: ['16.10'],
    });
    const found = async (query: string) =>
      (
        await api.as('reporter').get(`/recommendations?consistentWith=${position}&${query}`).expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    for (const query of [
      'theme=torture',
      'theme=TORTURE',
      'theme=Torture%20and%20other%20CID',
      'sdg=SDG%2016',
      'sdg=SDG16.10',
      'sdg=Goal%2016',
    ]) {
      expect({ query, found: await found(`${query}&reference=THEME-FILTER-1`) }).toEqual({
        query,
        found: [id],
      });
    }
    const summary = await api
      .as('reporter')
      .get(`/reports/summary?by=theme&theme=Torture&consistentWith=${position}`)
      .expect(200);
    expect(summary.body.groups).toEqual([{ key: 'torture', count: 1 }]);
    const csv = await api
      .as('reporter')
      .get(`/reports/recommendations.csv?sdg=sdg%2016.10&consistentWith=${position}`)
      .expect(200);
    expect(csv.text).toContain('THEME-FILTER-1');
  });

  it('refuses an SDG filter that is none, naming sdg', async () => {
    const { body } = await api.as('reporter').get('/recommendations?sdg=SDG%2042').expect(400);
    expect(body.errors).toEqual([{ field: 'sdg', message: expect.stringContaining('there are 17 SDGs') }]);
  });

  it('answers the controlled theme list with English, Russian and Turkmen names to every role', async () => {
    for (const role of ['reporter', 'auditor', 'secretariat', 'reviewer', 'admin'] as const) {
      const { body } = await api.as(role).get('/vocabulary/themes').expect(200);
      expect(body.themes).toEqual(
        expect.arrayContaining([
          {
            id: 'torture',
            en: 'Torture and other cruel, inhuman or degrading treatment',
            ru: expect.stringContaining('Пытки'),
            tk: expect.any(String),
          },
        ]),
      );
    }
    await api.http().get('/vocabulary/themes').expect(401);
  });
});

const validProposal = () => ({
  text: 'Adopt a comprehensive anti-discrimination law covering all grounds.',
  reference: `VOCAB-${Math.random().toString(36).slice(2)}`,
  source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNICEF' }] },
});
