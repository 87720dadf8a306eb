import type { Server } from 'node:http';
import { PLAN, proposal, startApi, type ApiHarness } from './support/api-harness';
import { readSse } from './support/sse-client';

interface FeedEvent {
  position: string;
  recommendationId: string;
  type: string;
  status: string;
  at: string;
}

describe('GET /feed', () => {
  let api: ApiHarness;
  let server: Server;
  let lastPosition = '0';

  const addRecommendation = async (): Promise<void> => {
    const created = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    api.clock.advance(60);
    const scheduled = await api
      .as('secretariat')
      .post(`/recommendations/${created.body.id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    lastPosition = scheduled.body.position as string;
  };
  const storedRecommendationEvents = async () =>
    (await api.store.readAll({ maxCount: 10_000, filter: { streamNamePrefixes: ['recommendation-'] } })).map(
      (event) => ({
        position: event.position.toString(),
        type: event.type,
      }),
    );

  beforeAll(async () => {
    api = await startApi();
    server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    for (let i = 0; i < 12; i++) await addRecommendation();
  });
  afterAll(() => api.close());

  it('yields every recommendation event once, in order, read in pages from any position', async () => {
    const expected = await storedRecommendationEvents();
    for (const start of ['0', expected[7].position]) {
      const seen: FeedEvent[] = [];
      let after = start;
      for (let pages = 0; pages < 100; pages++) {
        const response = await api
          .as('reporter')
          .get(`/feed?after=${after}&limit=5&consistentWith=${lastPosition}`)
          .expect(200);
        expect(response.headers['x-projection-position']).toMatch(/^\d+$/);
        seen.push(...(response.body.events as FeedEvent[]));
        if (response.body.events.length === 0) break;
        after = response.body.lastPosition as string;
      }
      const from = expected.findIndex((event) => BigInt(event.position) > BigInt(start));
      expect(seen.map(({ position, type }) => ({ position, type }))).toEqual(expected.slice(from));
      expect(seen[0]).toMatchObject({
        recommendationId: expect.any(String),
        at: expect.stringMatching(/^2021-/),
      });
      expect(
        seen
          .filter((event) => event.type === 'ReviewScheduled')
          .every((event) => event.status === 'under_review'),
      ).toBe(true);
    }
  });

  it('streams as server-sent events, resumable with Last-Event-ID after a disconnect, with no gap and no repeat', async () => {
    const auth = { Authorization: `Bearer ${api.tokens.reporter}` };
    const first = await readSse(server, '/feed', auth, (events) => events.length >= 10);
    const firstTen = first.slice(0, 10);
    for (let i = 0; i < 3; i++) await addRecommendation();
    const expected = await storedRecommendationEvents();
    const rest = await readSse(
      server,
      '/feed',
      { ...auth, 'Last-Event-ID': firstTen[9].id },
      (events) => events.length >= expected.length - 10,
    );
    const all = [...firstTen, ...rest];
    expect(all.map((event) => event.id)).toEqual(expected.map((event) => event.position));
    expect(all.every((event) => (event.data as FeedEvent).position === event.id)).toBe(true);
  });

  it('sends new events live to a connected client', async () => {
    const auth = { Authorization: `Bearer ${api.tokens.reporter}` };
    const before = (await storedRecommendationEvents()).length;
    const live = readSse(server, '/feed', auth, (events) => events.length >= before + 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await addRecommendation();
    const events = await live;
    expect(events.slice(-2).map((event) => event.event)).toEqual(['recommendation', 'recommendation']);
    expect((events[events.length - 1].data as FeedEvent).type).toBe('ReviewScheduled');
  });

  it('refuses a malformed position, and answers reviewers too (their workspace pages follow the feed)', async () => {
    expect((await api.as('reporter').get('/feed?after=abc').expect(400)).body.code).toBe('VALIDATION_FAILED');
    await api.as('reviewer').get('/feed').expect(200);
  });
});
