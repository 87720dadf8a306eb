import type request from 'supertest';
import { PLAN, proposal, type ApiHarness } from './api-harness';

/** Idempotency-Key behaviour every store must give over HTTP; `api()` is started with PLAN registered. */
export function describeIdempotencyKeyRules(api: () => ApiHarness): void {
  const propose = async (): Promise<string> =>
    (await api().as('secretariat').post('/recommendations', proposal()).expect(201)).body.id as string;
  const scheduled = async (): Promise<string> => {
    const id = await propose();
    await api()
      .as('secretariat')
      .post(`/recommendations/${id}/schedule-review`, { reviewDueDate: '2021-06-30' })
      .expect(200);
    return id;
  };
  const supported = async (): Promise<string> => {
    const id = await scheduled();
    await api()
      .as('reviewer')
      .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'In the plan.' })
      .expect(200);
    return id;
  };
  const keyRecords = async (): Promise<number> =>
    (await api().store.readAll({ maxCount: 10_000, filter: { eventTypes: ['IdempotencyKeyUsed'] } })).length;
  const positionsOf = async (id: string): Promise<unknown[]> =>
    (await api().streamOf(id)).filter((e) => e.type === 'PositionRecorded').map((e) => e.data.rationale);

  it('appends nothing for 20 refused commands with keys (404, 409, 422)', async () => {
    const id = await propose();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const head = await api().store.headPosition();
    const records = await keyRecords();
    const refusals: Array<[request.Test, number]> = [];
    for (let i = 0; i < 20; i++) {
      const key = `refused-${i}`;
      const call =
        i % 3 === 0
          ? api()
              .as('reviewer')
              .post(`/recommendations/${unknown}/record-position`, { position: 'supported', rationale: 'x' })
          : i % 3 === 1
            ? api()
                .as('secretariat')
                .post(`/recommendations/${id}/amend`, { text: 'New text.' })
                .set('If-Match', '"7"')
            : api()
                .as('reviewer')
                .post(`/recommendations/${id}/record-position`, { position: 'supported', rationale: 'x' });
      refusals.push([call.set('Idempotency-Key', key), [404, 409, 422][i % 3]]);
    }
    for (const [call, status] of refusals) await call.expect(status);
    expect(await api().store.headPosition()).toBe(head);
    expect(await keyRecords()).toBe(records);
  });

  it('lets the same key carry a corrected body after a refusal', async () => {
    const id = await supported();
    const reflect = {
      actionRef: 'NHRAP 3.2.1',
      responsibleInstitutions: ['Ministry of Justice'],
      targetDate: '2023-12-31',
    };
    const refused = await api()
      .as('secretariat')
      .post(`/recommendations/${id}/reflect-in-plan`, { ...reflect, planId: 'NO-SUCH-PLAN' })
      .set('Idempotency-Key', 'reflect-once')
      .expect(422);
    expect(refused.body.code).toBe('PLAN.UNKNOWN');
    const done = await api()
      .as('secretariat')
      .post(`/recommendations/${id}/reflect-in-plan`, { ...reflect, planId: PLAN.id })
      .set('Idempotency-Key', 'reflect-once')
      .expect(200);
    expect(done.body).toMatchObject({ id, revision: 3 });
  });

  it.each([1, 2, 3])(
    'gives one outcome to 50 concurrent record-position calls with one key and alternating bodies (round %i)',
    async (round) => {
      const id = await scheduled();
      const bodies = [
        { position: 'supported', rationale: 'Body A' },
        { position: 'noted', rationale: 'Body B' },
      ];
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api()
            .as('reviewer')
            .post(`/recommendations/${id}/record-position`, bodies[i % 2])
            .set('Idempotency-Key', `one-key-${round}`),
        ),
      );
      const winners = responses.filter((r) => r.status === 200);
      const losers = responses.filter((r) => r.status !== 200);
      const winnerRationale = bodies[responses.indexOf(winners[0]) % 2].rationale;
      expect(winners.map((r) => r.status)).toHaveLength(25);
      expect(new Set(winners.map((r) => JSON.stringify(r.body))).size).toBe(1);
      expect(winners.every((r) => bodies[responses.indexOf(r) % 2].rationale === winnerRationale)).toBe(true);
      expect(losers.map((r) => [r.status, r.body.code])).toEqual(
        Array.from({ length: 25 }, () => [422, 'IDEMPOTENCY_KEY_REUSED']),
      );
      expect(await positionsOf(id)).toEqual([winnerRationale]);

      const retry = await api()
        .as('reviewer')
        .post(
          `/recommendations/${id}/record-position`,
          bodies.find((b) => b.rationale === winnerRationale),
        )
        .set('Idempotency-Key', `one-key-${round}`)
        .expect(200);
      expect(retry.body).toEqual(winners[0].body);
    },
  );

  it('answers a retried proposal with the same id, and refuses the key with another body', async () => {
    const body = proposal();
    const first = await api()
      .as('secretariat')
      .post('/recommendations', body)
      .set('Idempotency-Key', 'p-1')
      .expect(201);
    const retry = await api()
      .as('secretariat')
      .post('/recommendations', body)
      .set('Idempotency-Key', 'p-1')
      .expect(201);
    expect(retry.body).toEqual(first.body);
    const head = await api().store.headPosition();
    const other = await api()
      .as('secretariat')
      .post('/recommendations', proposal())
      .set('Idempotency-Key', 'p-1')
      .expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await api().store.headPosition()).toBe(head);
  });
}
