import { PLAN, startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

const MAX_POSITION = '9223372036854775807';
const OVER_MAX = [
  '9223372036854775808',
  '9999999999999999999',
  '18446744073709551616',
  '99999999999999999999',
];

describe('log positions beyond 2^63-1', () => {
  let api: ApiHarness;
  let id: string;

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    id = (await proposeOne(api)).id;
  });
  afterAll(() => api.close());

  const queries = (): Array<[string, string]> => [
    ['/recommendations?consistentWith=', 'consistentWith'],
    [`/recommendations/${id}?consistentWith=`, 'consistentWith'],
    [`/plans/${PLAN.id}?consistentWith=`, 'consistentWith'],
    ['/plans?consistentWith=', 'consistentWith'],
    ['/reports/summary?by=status&consistentWith=', 'consistentWith'],
    ['/reports/recommendations.csv?consistentWith=', 'consistentWith'],
    ['/feed?consistentWith=', 'consistentWith'],
    ['/feed?after=', 'after'],
    ['/audit/events?after=', 'after'],
  ];

  it.each(OVER_MAX)('%s in a query parameter is a 400 naming the parameter', async (position) => {
    for (const [path, field] of queries()) {
      const response = await api.as('admin').get(`${path}${position}`);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(/position/) }]);
    }
  });

  it.each(OVER_MAX)('%s as Last-Event-ID is a 400 naming the header', async (position) => {
    const response = await api
      .as('reporter')
      .get('/feed')
      .set('Accept', 'text/event-stream')
      .set('Last-Event-ID', position);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'Last-Event-ID', message: expect.stringMatching(/position/) },
    ]);
  });

  it.each(OVER_MAX)('a list cursor naming %s is a 400 naming the cursor', async (position) => {
    const cursor = Buffer.from(position, 'utf8').toString('base64url');
    const response = await api.as('reporter').get(`/recommendations?cursor=${cursor}`);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'cursor', message: expect.stringMatching(/nextCursor/) }]);
  });

  it('2^63-1 itself is a position: pages after it are empty', async () => {
    const feed = await api.as('reporter').get(`/feed?after=${MAX_POSITION}`).expect(200);
    expect(feed.body.events).toEqual([]);
    const audit = await api.as('auditor').get(`/audit/events?after=${MAX_POSITION}`).expect(200);
    expect(audit.body).toEqual({ events: [], nextAfter: null });
  });

  it('a consistentWith beyond the end of the log is a 400 at once, not a wait that can only end in 504', async () => {
    const beyond = (await api.store.headPosition()) + 1000n;
    for (const [path, field] of queries().filter(([, name]) => name === 'consistentWith')) {
      const response = await api.as('admin').get(`${path}${beyond}`);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 400,
        code: 'PROJECTION.POSITION_BEYOND_LOG',
      });
      expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(/end of the log/) }]);
    }
  });
});
