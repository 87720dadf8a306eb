import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { ReadModelDatabase } from '@app/projections';
import { generatedId, generatedLifecycle } from '@app/testing';
import { readModelRuntime } from '../../read-models';
import { ReadModels } from '../common';
import { ImplementationOverTimeHandler } from './implementation-over-time.handler';
import { ImplementationOverTimeQuery } from './implementation-over-time.query';

describe('ImplementationOverTimeQuery over the lifecycle read model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'over-time-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  const db = ReadModelDatabase.inDataDir(dir);
  const runtime = readModelRuntime({ db, store });
  const overTime = new ImplementationOverTimeHandler(
    new ReadModels(db, runtime, 2000),
    () => new Date('2021-06-15T12:00:00Z'),
  );
  afterAll(async () => {
    await runtime.stop();
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The n-th generated history, each event at the time given for its type (else the first of January). */
  const append = (n: number, times: Record<string, string>) =>
    store.append(
      `recommendation-${generatedId(n)}`,
      generatedLifecycle(n).map((step) => ({
        id: randomUUID(),
        type: step.type,
        data: step.data as Record<string, never>,
        metadata: {
          actor: { id: 'someone', role: step.role ?? 'secretariat' },
          occurredAt: times[step.type] ?? '2021-01-04T09:00:00.000Z',
        },
      })),
      { expectedRevision: 'no_stream' },
    );

  beforeAll(async () => {
    // Shape 4 (UPR): reflected in February, implemented in April, then archived (it still counts as implemented).
    await append(4, {
      RecommendationReflectedInPlan: '2021-02-10T09:00:00.000Z',
      RecommendationImplemented: '2021-04-05T09:00:00.000Z',
      RecommendationArchived: '2021-05-01T09:00:00.000Z',
    });
    // Shape 4 again: both steps in February.
    await append(10, {
      RecommendationReflectedInPlan: '2021-02-20T09:00:00.000Z',
      RecommendationImplemented: '2021-02-25T23:59:59.999Z',
    });
    // Shape 3 (OSCE): reflected in April, then only progress, a correction and a translation.
    await append(3, { RecommendationReflectedInPlan: '2021-04-15T09:00:00.000Z' });
    // Shape 0: only proposed.
    const last = await append(0, {});
    runtime.start();
    expect(await runtime.waitFor('recommendations', last.position, 5000)).toBe(true);
  });

  it('counts each month from the first plan link to this one, gaps as zero, with totals to date', async () => {
    const { value } = await overTime.execute(new ImplementationOverTimeQuery());
    expect(value.months).toEqual([
      {
        month: '2021-02',
        reflectedInPlan: 2,
        implemented: 1,
        reflectedInPlanToDate: 2,
        implementedToDate: 1,
      },
      {
        month: '2021-03',
        reflectedInPlan: 0,
        implemented: 0,
        reflectedInPlanToDate: 2,
        implementedToDate: 1,
      },
      {
        month: '2021-04',
        reflectedInPlan: 1,
        implemented: 1,
        reflectedInPlanToDate: 3,
        implementedToDate: 2,
      },
      {
        month: '2021-05',
        reflectedInPlan: 0,
        implemented: 0,
        reflectedInPlanToDate: 3,
        implementedToDate: 2,
      },
      {
        month: '2021-06',
        reflectedInPlan: 0,
        implemented: 0,
        reflectedInPlanToDate: 3,
        implementedToDate: 2,
      },
    ]);
    expect(value.position).toBe((await store.headPosition()).toString());
  });

  it("applies the list's filters to the recommendations counted", async () => {
    const { value } = await overTime.execute(new ImplementationOverTimeQuery({ mechanism: ['osce'] }));
    expect(value.months.map((m) => [m.month, m.reflectedInPlan, m.implemented])).toEqual([
      ['2021-04', 1, 0],
      ['2021-05', 0, 0],
      ['2021-06', 0, 0],
    ]);
    const none = await overTime.execute(new ImplementationOverTimeQuery({ mechanism: ['treaty_body'] }));
    expect(none.value.months).toEqual([]);
  });
});
