import { join } from 'node:path';
import { EMBEDDED_STORE_FILE, SqliteEventStore } from '@app/event-store';
import {
  SyntheticClock,
  planStreamEvents,
  recommendationStreams,
  type GeneratedStream,
} from './generated-streams';
import { appendGenerated } from './append-generated';

export interface SeededLog {
  dataDir: string;
  events: number;
  recommendations: number;
  seconds: number;
  /** A recommendation whose stream holds exactly 100 events, for the audit probes. */
  longRecommendationId: string;
  /** Some recommendation ids, for probes that need one. */
  sampleIds: string[];
}

/**
 * Fills DATA_DIR's embedded store with about `target` events through the adapter's own append, whole streams at a
 * time (NORMAL: seeding is set-up, not a measurement). A 100-event stream sits in the middle of the log.
 */
export async function seedLog(dataDir: string, target: number): Promise<SeededLog> {
  const started = performance.now();
  const clock = new SyntheticClock();
  const store = new SqliteEventStore({
    file: join(dataDir, EMBEDDED_STORE_FILE),
    synchronous: 'NORMAL',
    clock: clock.now,
  });
  let events = 0;
  let recommendations = 0;
  let longRecommendationId = '';
  const sampleIds: string[] = [];
  const queue: GeneratedStream[] = [planStreamEvents(clock)];
  const next = (): GeneratedStream | undefined => {
    if (queue.length === 0 && events < target) {
      const long = longRecommendationId === '' && events >= target / 2;
      const streams = recommendationStreams(recommendations, clock, long ? 96 : undefined);
      const id = streams[1].stream.slice('recommendation-'.length);
      if (long) longRecommendationId = id;
      if (recommendations % 1000 === 0) sampleIds.push(id);
      recommendations++;
      queue.push(...streams);
    }
    const stream = queue.shift();
    if (stream) events += stream.events.length;
    return stream;
  };
  await appendGenerated(store, next);
  return {
    dataDir,
    events,
    recommendations,
    seconds: (performance.now() - started) / 1000,
    longRecommendationId,
    sampleIds,
  };
}
