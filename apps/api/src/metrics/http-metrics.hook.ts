import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MetricsRegistry } from './metrics.registry';

/** Records every answered request under its route pattern (not the raw path, which would explode the labels). */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: MetricsRegistry): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = routeOf(request);
    metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}

function routeOf(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern !== undefined) return pattern.startsWith('/docs') ? '/docs' : pattern;
  return request.url.startsWith('/docs') ? '/docs' : 'unmatched';
}
