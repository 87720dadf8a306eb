import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import {
  RECOMMENDATION_STREAM_PREFIX,
  RegisterPlanCommand,
  fold,
  idempotencyStream,
  planStream,
  recommendationDecider,
  type RecommendationEvent,
} from '@app/recommendations';
import { loadDemo, scenarioClock } from '../apps/cli/src/demo/demo-loader';
import { DEMO_PLANS } from '../apps/cli/src/demo/demo-scenario';
import { DemoModule } from '../apps/cli/src/demo/demo.module';

describe('npm run demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads plans and recommendations at every stage of the lifecycle, from several UN entities', async () => {
    const summary = await loadDemo(store);
    expect(summary).toMatchObject({ plans: 2, recommendations: 11 });
    const events = await store.readAll({
      maxCount: 10_000,
      filter: { streamNamePrefixes: [RECOMMENDATION_STREAM_PREFIX] },
    });
    const byStream = new Map<string, RecommendationEvent[]>();
    for (const event of events)
      byStream.set(event.stream, [
        ...(byStream.get(event.stream) ?? []),
        event as unknown as RecommendationEvent,
      ]);
    const states = [...byStream.values()].map((stream) => fold(recommendationDecider, stream));
    expect(new Set(states.map((state) => state.status))).toEqual(
      new Set(['proposed', 'under_review', 'reviewed', 'planned', 'implemented', 'withdrawn', 'archived']),
    );
    const entities = new Set(
      states.map((state) => (state.status === 'none' ? '' : state.source.recommendingParties[0].name)),
    );
    expect(entities.size).toBeGreaterThanOrEqual(8);
  });

  it('appends nothing when run a second time', async () => {
    const head = await store.headPosition();
    await loadDemo(store);
    expect(await store.headPosition()).toBe(head);
  });
});

describe('npm run demo after the README walk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-after-walk-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Registers the README's plan as a user of the API would, under an Idempotency-Key of their own. */
  async function registerReadmePlan(): Promise<void> {
    const app = await NestFactory.createApplicationContext(DemoModule.forRoot(store, scenarioClock()), {
      logger: false,
    });
    const { id, ...plan } = DEMO_PLANS[0];
    await app.get(CommandBus).execute(
      new RegisterPlanCommand(
        { type: 'registerPlan', planId: id, ...plan },
        {
          actor: { id: 'amina', role: 'secretariat' },
          correlationId: 'readme',
          causationId: 'readme',
          commandId: 'readme',
        },
      ),
    );
    await app.close();
  }

  it('loads what is missing, skips the plan that exists, and leaves nothing else in the log', async () => {
    await registerReadmePlan();
    const before = await store.readAll({ maxCount: 10_000 });
    const summary = await loadDemo(store);
    expect(summary).toMatchObject({ plans: 2, recommendations: 11 });
    const after = await store.readAll({ maxCount: 10_000 });
    const added = after.slice(before.length);
    expect(added.filter((event) => event.stream === planStream(DEMO_PLANS[0].id))).toEqual([]);
    expect(added.filter((event) => event.stream === planStream(DEMO_PLANS[1].id))).toHaveLength(1);
    const refusedKey = idempotencyStream('demo-secretariat', `demo/plan/${DEMO_PLANS[0].id}`);
    expect(await store.readStream(refusedKey)).toEqual([]);
    const head = await store.headPosition();
    await loadDemo(store);
    expect(await store.headPosition()).toBe(head);
  });
});
