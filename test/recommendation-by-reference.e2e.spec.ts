import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

describe('GET /recommendations?reference= finds a recommendation by the reference people know it by', () => {
  let api: ApiHarness;
  let upr: { id: string; position: string };
  let cyrillic: { id: string; position: string };
  beforeAll(async () => {
    api = await startApi();
    upr = await proposeOne(api, { reference: 'UPR-2021-114.3' });
    await proposeOne(api, { reference: 'UPR-2021-114.30' });
    cyrillic = await proposeOne(api, { reference: 'ДОКЛАД-2021/7' });
  });
  afterAll(() => api.close());

  const idsFor = async (reference: string, position = cyrillic.position): Promise<string[]> => {
    const query = new URLSearchParams({ reference, consistentWith: position });
    const response = await api.as('reporter').get(`/recommendations?${query}`).expect(200);
    return response.body.items.map((item: { id: string }) => item.id);
  };

  it('matches exactly, ignoring case and surrounding spaces, as the uniqueness rule does', async () => {
    expect(await idsFor('UPR-2021-114.3')).toEqual([upr.id]);
    expect(await idsFor('  upr-2021-114.3 ')).toEqual([upr.id]);
    expect(await idsFor('доклад-2021/7')).toEqual([cyrillic.id]);
  });

  it('finds nothing for a prefix or a reference nobody used', async () => {
    expect(await idsFor('UPR-2021-114')).toEqual([]);
    expect(await idsFor('UPR-2021-999')).toEqual([]);
  });

  it('refuses an over-long reference with a 400 naming the field', async () => {
    const response = await api
      .as('reporter')
      .get(`/recommendations?reference=${'x'.repeat(201)}`)
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['reference']);
  });
});
