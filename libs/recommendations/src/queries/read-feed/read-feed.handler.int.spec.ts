import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { ReadModelDatabase } from '@app/projections';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { readModelRuntime } from '../../read-models';
import { ReadModels } from '../common';
import { ReadFeedHandler } from './read-feed.handler';
import { ReadFeedQuery, type FeedEvent } from './read-feed.query';

describe('ReadFeedQuery over the feed read model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'feed-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  const db = ReadModelDatabase.inDataDir(dir);
  const runtime = readModelRuntime({ db, store });
  const feed = new ReadFeedHandler(new ReadModels(db, runtime, 1000));
  afterAll(async () => {
    await runtime.stop();
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pages through every recommendation event once, in log order, and resumes after new ones', async () => {
    await appendGeneratedPlan(store);
    await appendGeneratedRecommendations(store, 0, 12);
    runtime.start();
    const head = await store.headPosition();
    const read = async (after: bigint): Promise<FeedEvent[]> => {
      const events: FeedEvent[] = [];
      for (let cursor = after; ;) {
        const { value } = await feed.execute(new ReadFeedQuery(cursor, 7, head));
        events.push(...value.events);
        if (value.events.length < 7) return events;
        cursor = BigInt(value.lastPosition);
      }
    };
    const all = await read(0n);
    const stored = (await store.readAll({ maxCount: 1000 })).filter((e) =>
      e.stream.startsWith('recommendation-'),
    );
    expect(all.map((e) => e.position)).toEqual(stored.map((e) => e.position.toString()));
    expect(all[0]).toEqual({
      position: stored[0].position.toString(),
      recommendationId: '00000000-0000-4000-8000-000000000000',
      type: 'RecommendationProposed',
      status: 'proposed',
      at: stored[0].metadata.occurredAt,
    });

    const { value: last } = await feed.execute(new ReadFeedQuery(head, 7));
    expect(last).toEqual({ events: [], lastPosition: head.toString() });
    await appendGeneratedRecommendations(store, 12, 1);
    expect(await runtime.waitFor('feed', head + 1n, 2000)).toBe(true);
    const { value: next } = await feed.execute(new ReadFeedQuery(BigInt(last.lastPosition), 7));
    expect(next.events.map((e) => e.type)).toEqual(['RecommendationProposed']);
  });
});
