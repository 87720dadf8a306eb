import type { QueryBus } from '@nestjs/cqrs';
import { once } from 'node:events';
import type { ProjectionRuntime } from '@app/projections';
import {
  MAX_FEED_PAGE,
  PROJECTION_NAMES,
  ReadFeedQuery,
  type FeedPage,
  type ReadModelAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';

/** How long a quiet stream waits before a comment line keeps proxies from closing it. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: every feed event after `after`, then new ones as the feed projection applies them. Each
 * event's `id` is its log position, so a client that reconnects with Last-Event-ID resumes with no gap or repeat.
 */
export async function streamFeed(
  queries: QueryBus,
  runtime: ProjectionRuntime,
  after: bigint,
  reply: FastifyReply,
): Promise<void> {
  // Fastify steps aside: the stream is written to the raw response until the client hangs up.
  reply.hijack();
  const response = reply.raw;
  const hungUp = new AbortController();
  response.once('close', () => hungUp.abort());
  response.statusCode = 200;
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  const write = async (text: string): Promise<void> => {
    if (!response.write(text)) await once(response, 'drain', { signal: hungUp.signal });
  };
  try {
    await write('retry: 2000\n\n');
    let cursor = after;
    while (!hungUp.signal.aborted) {
      const page: ReadModelAnswer<FeedPage> = await queries.execute(new ReadFeedQuery(cursor, MAX_FEED_PAGE));
      for (const event of page.value.events) {
        await write(`id: ${event.position}\nevent: recommendation\ndata: ${JSON.stringify(event)}\n\n`);
      }
      cursor = BigInt(page.value.lastPosition);
      if (page.value.events.length === MAX_FEED_PAGE) continue;
      const moved = await runtime.waitFor(PROJECTION_NAMES.feed, page.position + 1n, HEARTBEAT_MS);
      if (!moved) await write(': keep-alive\n\n');
    }
  } catch (error) {
    if (!hungUp.signal.aborted) throw error;
  } finally {
    response.end();
  }
}
