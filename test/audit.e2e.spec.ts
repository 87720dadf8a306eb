import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EMBEDDED_STORE_FILE } from '@app/event-store';
import {
  fold,
  recommendationDecider,
  recommendationStream,
  type RecommendationEvent,
} from '@app/recommendations';
import { PLAN, proposal, startApi, type ApiHarness, type TestRole } from './support/api-harness';

/** Ten decisions, one hour apart: proposal to implemented, with a reopened review on the way. */
const TEN_STEPS: Array<[string, TestRole, object]> = [
  ['amend', 'secretariat', { themes: ['womens-rights'] }],
  ['schedule-review', 'secretariat', { reviewDueDate: '2021-06-30' }],
  ['record-position', 'reviewer', { position: 'noted', rationale: 'Needs a cost estimate first.' }],
  ['reopen-review', 'secretariat', { reason: 'Cost estimate received.', reviewDueDate: '2021-09-30' }],
  ['record-position', 'reviewer', { position: 'supported', rationale: 'Affordable within the budget.' }],
  [
    'reflect-in-plan',
    'secretariat',
    {
      planId: PLAN.id,
      actionRef: 'NHRAP 3.2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    },
  ],
  ['report-progress', 'secretariat', { status: 'in_progress', narrative: 'Draft law tabled.' }],
  ['report-progress', 'secretariat', { status: 'completed', narrative: 'Law adopted.' }],
  ['mark-implemented', 'reviewer', { assessment: 'In force since July 2023.' }],
];
const STATUSES = [
  'proposed',
  'proposed',
  'under_review',
  'reviewed',
  'under_review',
  'reviewed',
  'planned',
  'planned',
  'planned',
  'implemented',
];

interface HistoryEvent {
  revision: number;
  position: string;
  type: string;
  data: object;
  metadata: { occurredAt: string; actor: { id: string }; prevHash: string; hash: string };
}

describe('audit over HTTP', () => {
  let api: ApiHarness;
  let id: string;
  let history: HistoryEvent[];
  const iso = (ms: number): string => new Date(ms).toISOString();

  beforeAll(async () => {
    api = await startApi();
    await api.as('secretariat').post('/plans', PLAN).expect(201);
    api.clock.advance(3600);
    id = (await api.as('secretariat').post('/recommendations', proposal()).expect(201)).body.id;
    for (const [route, role, body] of TEN_STEPS) {
      api.clock.advance(3600);
      await api.as(role).post(`/recommendations/${id}/${route}`, body).expect(200);
    }
    history = (await api.as('auditor').get(`/recommendations/${id}/history`).expect(200)).body.events;
  });
  afterAll(() => api.close());

  describe('GET /recommendations/:id/history', () => {
    it('lists every event of the stream as stored, in order, with its full metadata and chain', async () => {
      const stored = await api.streamOf(id);
      expect(history).toHaveLength(10);
      expect(history).toEqual(
        stored.map((event) => ({
          revision: Number(event.revision),
          position: event.position.toString(),
          eventId: event.id,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
          recordedAt: event.recordedAt,
        })),
      );
      expect(history[3].metadata).toEqual({
        actor: { id: 'reviewer-user', role: 'reviewer' },
        occurredAt: '2021-02-01T13:00:00.000Z',
        correlationId: expect.any(String),
        causationId: expect.any(String),
        commandId: expect.any(String),
        schemaVersion: 1,
        requestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        prevHash: history[2].metadata.hash,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('answers 404 RECOMMENDATION.NOT_FOUND for an id with no events, or one that cannot be an id', async () => {
      for (const unknown of ['6a1f2c3e-4b5d-4e6f-8a9b-0c1d2e3f4a5b', 'not-a-uuid']) {
        const response = await api.as('auditor').get(`/recommendations/${unknown}/history`).expect(404);
        expect(response.body).toMatchObject({ code: 'RECOMMENDATION.NOT_FOUND' });
      }
    });
  });

  describe('GET /recommendations/:id/state', () => {
    const stateAt = (query: string) => api.as('auditor').get(`/recommendations/${id}/state?${query}`);
    const expectedAfter = (revision: number) =>
      fold(recommendationDecider, history.slice(0, revision + 1) as unknown as RecommendationEvent[]);

    it('gives, for any moment between two events, exactly the state after the earlier one', async () => {
      for (let revision = 0; revision < history.length; revision++) {
        const start = Date.parse(history[revision].metadata.occurredAt);
        const end =
          revision + 1 < history.length
            ? Date.parse(history[revision + 1].metadata.occurredAt)
            : start + 7_200_000;
        for (const moment of [start, start + 1, Math.floor((start + end) / 2), end - 1]) {
          const { body } = await stateAt(`asOf=${iso(moment)}`).expect(200);
          expect(body).toEqual({ id, revision, asOf: iso(moment), state: expectedAfter(revision) });
          expect(body.state.status).toBe(STATUSES[revision]);
        }
      }
    });

    it('gives the state right after a revision, and the current state when asked for neither', async () => {
      for (let revision = 0; revision < history.length; revision++) {
        const { body } = await stateAt(`revision=${revision}`).expect(200);
        expect(body).toEqual({
          id,
          revision,
          asOf: history[revision].metadata.occurredAt,
          state: expectedAfter(revision),
        });
      }
      const { body } = await stateAt('').expect(200);
      expect(body).toMatchObject({ revision: 9, state: { status: 'implemented' } });
    });

    it('accepts a time in another zone, or a date (midnight UTC)', async () => {
      const proposedAt = Date.parse(history[0].metadata.occurredAt);
      const { body } = await stateAt(`asOf=${encodeURIComponent('2021-02-01T12:30:00+02:00')}`).expect(200);
      expect(body).toMatchObject({ asOf: '2021-02-01T10:30:00.000Z', revision: 0 });
      expect(proposedAt).toBe(Date.parse('2021-02-01T10:00:00Z'));
      await stateAt('asOf=2021-02-02').expect(200);
    });

    it('answers 404 for a moment before the recommendation existed, or a revision it has not reached', async () => {
      const before = iso(Date.parse(history[0].metadata.occurredAt) - 1);
      const early = await stateAt(`asOf=${before}`).expect(404);
      expect(early.body).toMatchObject({ code: 'RECOMMENDATION.NOT_FOUND', asOf: before });
      const ahead = await stateAt('revision=10').expect(404);
      expect(ahead.body).toMatchObject({
        code: 'RECOMMENDATION.REVISION_NOT_FOUND',
        revision: 10,
        lastRevision: 9,
      });
    });

    it.each([
      ['an unparseable time', 'asOf=yesterday', 'asOf'],
      ['a date that does not exist', 'asOf=2021-02-30', 'asOf'],
      ['a time without its zone', 'asOf=2021-02-01T12:00:00', 'asOf'],
      ['a negative revision', 'revision=-1', 'revision'],
      ['a fractional revision', 'revision=1.5', 'revision'],
      ['both a time and a revision', 'asOf=2021-02-02&revision=1', 'asOf'],
      ['an unknown parameter', 'at=2021-02-02', 'at'],
    ])('answers 400 VALIDATION_FAILED for %s', async (_label, query, field) => {
      const response = await stateAt(query).expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field })],
      });
    });
  });

  describe('who may read what', () => {
    it.each(['secretariat', 'reviewer', 'auditor', 'admin'] as const)(
      'lets %s read history and state',
      async (role) => {
        await api.as(role).get(`/recommendations/${id}/history`).expect(200);
        await api.as(role).get(`/recommendations/${id}/state?revision=1`).expect(200);
      },
    );

    it('answers 403 FORBIDDEN to a reporter on history and state', async () => {
      for (const path of [`/recommendations/${id}/history`, `/recommendations/${id}/state`]) {
        const response = await api.as('reporter').get(path).expect(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it.each(['/audit/verify', '/audit/events'])('lets only auditors and admins reach %s', async (path) => {
      await api.as('auditor').get(path).expect(200);
      await api.as('admin').get(path).expect(200);
      for (const role of ['secretariat', 'reviewer', 'reporter'] as const) {
        const response = await api.as(role).get(path).expect(403);
        expect(response.body).toMatchObject({ code: 'FORBIDDEN', detail: expect.stringMatching(/auditor/) });
      }
      await api.http().get(path).expect(401);
    });
  });

  describe('GET /audit/events', () => {
    const events = (query: string) => api.as('auditor').get(`/audit/events?${query}`);

    it('filters the global log by actor and type, in position order', async () => {
      const { body } = await events('actor=reviewer-user').expect(200);
      expect(body.events.map((e: HistoryEvent) => e.type)).toEqual([
        'PositionRecorded',
        'PositionRecorded',
        'RecommendationImplemented',
      ]);
      expect(body.nextAfter).toBeNull();
      const typed = await events('type=PositionRecorded,ReviewReopened').expect(200);
      expect(
        typed.body.events.map((e: { stream: string; revision: number }) => [e.stream, e.revision]),
      ).toEqual([
        [recommendationStream(id), 3],
        [recommendationStream(id), 4],
        [recommendationStream(id), 5],
      ]);
    });

    it('filters by time, from inclusive to exclusive', async () => {
      const from = history[2].metadata.occurredAt;
      const to = history[5].metadata.occurredAt;
      const { body } = await events(`from=${from}&to=${to}`).expect(200);
      expect(body.events.map((e: HistoryEvent) => e.revision)).toEqual([2, 3, 4]);
    });

    it('pages with nextAfter until the end of the log', async () => {
      const all = (await events('limit=500').expect(200)).body.events;
      const paged: unknown[] = [];
      let after: string | null = null;
      do {
        const page: { body: { events: unknown[]; nextAfter: string | null } } = await events(
          `limit=4${after === null ? '' : `&after=${after}`}`,
        ).expect(200);
        paged.push(...page.body.events);
        after = page.body.nextAfter;
      } while (after !== null);
      expect(paged).toEqual(all);
      expect(all.length).toBeGreaterThan(10);
    });

    it.each([
      ['limit=501', 'limit'],
      ['limit=0', 'limit'],
      ['after=first', 'after'],
      ['from=soon', 'from'],
      ['from=2021-03-01&to=2021-02-01', 'to'],
    ])('answers 400 VALIDATION_FAILED for %s', async (query, field) => {
      const response = await events(query).expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field })],
      });
    });
  });

  describe('GET /audit/verify', () => {
    it('reports an intact log, all of it or one stream', async () => {
      const all = await api.as('auditor').get('/audit/verify').expect(200);
      expect(all.body).toMatchObject({ ok: true, failures: [], failuresOmitted: 0 });
      expect(all.body.streamsChecked).toBeGreaterThanOrEqual(3);
      const one = await api
        .as('auditor')
        .get(`/audit/verify?stream=${recommendationStream(id)}`)
        .expect(200);
      expect(one.body).toEqual({
        ok: true,
        streamsChecked: 1,
        eventsChecked: 10,
        failures: [],
        failuresOmitted: 0,
        evidence: { filesChecked: 0, problems: [] },
      });
    });

    it('answers 404 AUDIT.STREAM_NOT_FOUND for a stream with no events', async () => {
      const response = await api.as('auditor').get('/audit/verify?stream=plan-NOPE').expect(404);
      expect(response.body).toMatchObject({ code: 'AUDIT.STREAM_NOT_FOUND', stream: 'plan-NOPE' });
    });

    it('names the stream and revision of an actor changed in the store file behind its back', async () => {
      const db = new Database(join(api.config.dataDir, EMBEDDED_STORE_FILE));
      db.prepare(
        "UPDATE events SET metadata = json_set(metadata, '$.actor.id', 'mallory') WHERE stream = ? AND revision = 3",
      ).run(recommendationStream(id));
      db.close();
      const { body } = await api.as('auditor').get('/audit/verify').expect(200);
      expect(body).toMatchObject({
        ok: false,
        failures: [
          {
            stream: recommendationStream(id),
            revision: 3,
            reason: 'changed_content',
            detail: expect.any(String),
          },
        ],
      });
      await api
        .as('auditor')
        .get(`/audit/verify?stream=plan-${PLAN.id}`)
        .expect(200, /"ok":true/);
    });
  });
});
