import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsRegistry } from './metrics.registry';

/** Records every answered request under its route pattern (not the raw path, which would explode the labels). */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsRegistry) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = routeOf(request);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.httpRequests.inc({ method: request.method, route, status: String(response.statusCode) });
      this.metrics.httpDuration.observe({ method: request.method, route }, seconds);
    });
    next();
  }
}

function routeOf(request: Request): string {
  const pattern = (request.route as { path?: string } | undefined)?.path;
  if (typeof pattern === 'string') return `${request.baseUrl}${pattern}`;
  return request.path.startsWith('/docs') ? '/docs' : 'unmatched';
}
