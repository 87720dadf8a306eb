import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { startApi, type ApiHarness } from './support/api-harness';

const SEEDED = 600;

describe('rebuilding the read models while the API serves reads', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // Small batches make the rebuild long enough for many reads to land in the middle of it.
    api = await startApi({ PROJECTION_BATCH_SIZE: '20' });
    await appendGeneratedPlan(api.store);
    await appendGeneratedRecommendations(api.store, 0, SEEDED);
  });
  afterAll(() => api.close());

  const total = (groups: { count: number }[]): number => groups.reduce((sum, group) => sum + group.count, 0);
  const projectionState = async (name: string): Promise<string> => {
    const listed = await api.as('admin').get('/projections').expect(200);
    return (
      (listed.body as { name: string; state: string }[]).find((p) => p.name === name)?.state ?? 'missing'
    );
  };

  it('never fails a read nor answers an emptier list, and swaps in a model that includes events added meanwhile', async () => {
    const head = (await api.store.headPosition()).toString();
    await api.as('reporter').get(`/recommendations?limit=1&consistentWith=${head}`).expect(200);

    await api.as('admin').post('/projections/recommendations/rebuild').expect(202);
    await api.as('admin').post('/projections/recommendations/rebuild').expect(409);
    const added = appendGeneratedRecommendations(api.store, SEEDED, 5);
    const statuses: number[] = [];
    let readsDuringRebuild = 0;
    while ((await projectionState('recommendations')) === 'rebuilding') {
      const [list, one, summary] = await Promise.all([
        api.as('reporter').get('/recommendations?limit=500'),
        api.as('reporter').get('/recommendations/00000000-0000-4000-8000-000000000007'),
        api.as('reporter').get('/reports/summary?by=status'),
      ]);
      statuses.push(list.status, one.status, summary.status);
      expect(list.body.items).toHaveLength(500);
      expect(one.body.status).toBe('under_review');
      expect(total(summary.body.groups)).toBeGreaterThanOrEqual(SEEDED);
      readsDuringRebuild++;
    }
    await added;
    expect(readsDuringRebuild).toBeGreaterThan(3);
    expect(statuses.every((status) => status === 200)).toBe(true);

    const after = (await api.store.headPosition()).toString();
    const summary = await api
      .as('reporter')
      .get(`/reports/summary?by=status&consistentWith=${after}`)
      .expect(200);
    expect(total(summary.body.groups)).toBe(SEEDED + 5);
    const csv = await api.as('reporter').get('/reports/recommendations.csv').expect(200);
    expect(
      csv.text
        .trim()
        .split('\n')
        .filter((line) => /^[0-9a-f-]{36},/.test(line)),
    ).toHaveLength(SEEDED + 5);
  });
});
