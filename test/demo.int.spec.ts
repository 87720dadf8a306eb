import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '@app/event-store';
import {
  InstitutionCommandMessage,
  RECOMMENDATION_STREAM_PREFIX,
  RegisterPlanCommand,
  fold,
  idempotencyStream,
  planStream,
  recommendationDecider,
  type RecommendationEvent,
  type RecommendationState,
} from '@app/recommendations';
import { loadDemo, scenarioClock } from '../apps/cli/src/demo/demo-loader';
import { DEMO_INSTITUTIONS } from '../apps/cli/src/demo/demo-institutions';
import { DEMO_PLANS } from '../apps/cli/src/demo/demo-scenario';
import { DemoModule } from '../apps/cli/src/demo/demo.module';

type Existing = Exclude<RecommendationState, { status: 'none' }>;

/** Every recommendation of the log, folded as the decider sees it. */
async function recommendations(store: EventStore): Promise<Existing[]> {
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
  return [...byStream.values()]
    .map((stream) => fold(recommendationDecider, stream))
    .filter((state): state is Existing => state.status !== 'none');
}

const countBy = (values: readonly string[]): Record<string, number> =>
  values.reduce<Record<string, number>>(
    (counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }),
    {},
  );

describe('npm run demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given an empty store, when the demo runs, then it imports both data files and says what it loaded', async () => {
    const summary = await loadDemo(store, { dataDir: dir });

    expect(summary.plans).toEqual({ registered: 2, existing: 0 });
    expect(summary.institutions).toEqual({ registered: 8, existing: 0 });
    expect(summary.implementation.done).toBeGreaterThan(0);
    expect(summary.imports).toEqual([
      expect.objectContaining({
        file: 'unct-suggestions.template.csv',
        profile: 'template',
        rows: 14,
        recommendations: { created: 14, updated: 0, unchanged: 0, failed: 0 },
        positions: { recorded: 0, deferred: 0, skipped: 0 },
        errors: [],
      }),
      expect.objectContaining({
        file: 'upr-info-tkm-session30.csv',
        profile: 'upr-info',
        rows: 35,
        recommendations: { created: 20, updated: 0, unchanged: 0, failed: 0 },
        positions: { recorded: 19, deferred: 1, skipped: 0 },
        errors: [],
      }),
    ]);
    expect(summary.steps.done).toBeGreaterThan(0);
    expect(summary.steps.existing).toBe(0);
    expect(summary.skipped).toEqual([]);
  });

  it('then every status appears, with the counts the data and the further steps give', async () => {
    const states = await recommendations(store);

    expect(countBy(states.map((state) => state.status))).toEqual({
      proposed: 7,
      under_review: 2,
      reviewed: 16,
      planned: 6,
      implemented: 1,
      withdrawn: 1,
      archived: 1,
    });
  });

  it('then the UN Country Team entities and the OSCE are the recommending parties of the suggestions', async () => {
    const states = await recommendations(store);
    const parties = (kind: string) =>
      new Set(
        states
          .filter((state) => state.source.mechanism.kind === kind)
          .flatMap((state) => state.source.recommendingParties.map((party) => party.name)),
      );

    expect(parties('unct')).toEqual(
      new Set(['ILO', 'IOM', 'OHCHR', 'UNDP', 'UNESCO', 'UNFPA', 'UNHCR', 'UNICEF', 'UNODC', 'WHO']),
    );
    expect(parties('osce')).toEqual(new Set(['OSCE', 'OSCE/ODIHR']));
  });

  it('then a joint UPR recommendation has all its recommending States, and Noted and Pending responses are kept', async () => {
    const upr = (await recommendations(store)).filter((state) => state.source.mechanism.kind === 'upr');
    const opcat = upr.find((state) => state.text.startsWith('Ratify the Optional Protocol'));
    const noted = upr.filter((state) => state.status === 'reviewed' && state.position === 'noted');
    const pending = upr.filter((state) => state.source.response === 'Pending');

    expect(upr).toHaveLength(20);
    expect(opcat?.source).toMatchObject({
      stateUnderReview: 'TKM',
      upr: { cycle: 3, session: 30 },
      response: 'Noted',
    });
    expect(opcat?.source.recommendingParties.map((party) => party.iso3)).toEqual([
      'DNK',
      'CZE',
      'EST',
      'GHA',
    ]);
    expect(noted.length).toBeGreaterThanOrEqual(5);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ status: 'under_review', deferral: expect.anything() });
  });

  it('when run a second time, then it appends nothing and says what it skipped', async () => {
    const head = await store.headPosition();

    const summary = await loadDemo(store, { dataDir: dir });

    expect(await store.headPosition()).toBe(head);
    expect(summary.plans).toEqual({ registered: 0, existing: 2 });
    expect(summary.institutions).toEqual({ registered: 0, existing: 8 });
    expect(summary.implementation).toMatchObject({ done: 0 });
    expect(summary.implementation.existing).toBeGreaterThan(0);
    expect(summary.skipped).toEqual([]);
    expect(summary.imports.map((report) => report.recommendations)).toEqual([
      { created: 0, updated: 0, unchanged: 14, failed: 0 },
      { created: 0, updated: 0, unchanged: 20, failed: 0 },
    ]);
    expect(summary.steps).toMatchObject({ done: 0 });
    expect(summary.steps.existing).toBeGreaterThan(0);
  });
});

describe('npm run demo after the README walk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-after-walk-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Registers the README's plan and institution as a user of the API would, without an Idempotency-Key. */
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
    await app.get(CommandBus).execute(
      new InstitutionCommandMessage(
        { type: 'registerInstitution', ...DEMO_INSTITUTIONS[1] },
        {
          actor: { id: 'amina', role: 'secretariat' },
          correlationId: 'r',
          causationId: 'r',
          commandId: 'r',
        },
      ),
    );
    await app.close();
  }

  it('given the README plan registered, when the demo runs, then it loads what is missing and skips the plan', async () => {
    await registerReadmePlan();
    const before = await store.readAll({ maxCount: 10_000 });

    const summary = await loadDemo(store, { dataDir: dir });

    expect(summary.plans).toEqual({ registered: 1, existing: 1 });
    expect(summary.institutions).toEqual({ registered: 7, existing: 1 });
    expect(summary.skipped).toEqual([]);
    const added = (await store.readAll({ maxCount: 10_000 })).slice(before.length);
    expect(added.filter((event) => event.stream === planStream(DEMO_PLANS[0].id))).toEqual([]);
    expect(added.filter((event) => event.stream === planStream(DEMO_PLANS[1].id))).toHaveLength(1);
    const refusedKey = idempotencyStream('demo-secretariat', `demo/plan/${DEMO_PLANS[0].id}`);
    expect(await store.readStream(refusedKey)).toEqual([]);
    const head = await store.headPosition();
    await loadDemo(store, { dataDir: dir });
    expect(await store.headPosition()).toBe(head);
  });
});
