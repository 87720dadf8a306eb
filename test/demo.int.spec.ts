import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import {
  RECOMMENDATION_STREAM_PREFIX,
  fold,
  recommendationDecider,
  type RecommendationEvent,
} from '@app/recommendations';
import { loadDemo } from '../apps/cli/src/demo/demo-loader';

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
    const entities = new Set(states.map((state) => (state.status === 'none' ? '' : state.source.entity)));
    expect(entities.size).toBeGreaterThanOrEqual(8);
  });

  it('appends nothing when run a second time', async () => {
    const head = await store.headPosition();
    await loadDemo(store);
    expect(await store.headPosition()).toBe(head);
  });
});
