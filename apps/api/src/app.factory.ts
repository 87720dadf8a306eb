import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule, type AppModuleOptions } from './app.module';
import { withBodiesPerContentType } from './http/body-content-types';
import { answerClientError, answerRouterError } from './http/framework-errors';
import { acceptJsonBodiesOnly } from './http/json-body-parsers';
import { BODY_LIMIT_BYTES } from './http/problem-details';
import { limitRequestRates } from './http/rate-limits';
import { addSecurityHeaders } from './http/security-headers';
import { recordHttpMetrics } from './metrics/http-metrics.hook';
import { MetricsRegistry } from './metrics/metrics.registry';

export { BODY_LIMIT_BYTES } from './http/problem-details';

/**
 * Builds the configured application on Fastify (a third of Express's per-request cost here, BENCHMARKS.md);
 * main.ts, the bench and the end-to-end tests share it. Callers `listen()`, or `init()` and `ready()`.
 */
export async function createApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.config.trustProxy,
    frameworkErrors: answerRouterError,
    clientErrorHandler: answerClientError,
  });
  const fastify = adapter.getInstance();
  acceptJsonBodiesOnly(fastify, BODY_LIMIT_BYTES);
  await addSecurityHeaders(fastify);
  await limitRequestRates(fastify, options.config.rateLimits);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bodyParser: false,
    logger: process.env.NODE_ENV === 'test' ? false : ['error', 'warn', 'log'],
  });
  recordHttpMetrics(fastify, app.get(MetricsRegistry));
  app.enableShutdownHooks();
  const docs = new DocumentBuilder()
    .setTitle('Recommendation follow-up')
    .setDescription(
      'Event-sourced follow-up of human-rights recommendations. The contract, with every rule and error code, is docs/api.md in the repository.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => withBodiesPerContentType(SwaggerModule.createDocument(app, docs)));
  return app;
}

/** The application initialised and ready to answer without listening: what in-process tests drive. */
export async function createReadyApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const app = await createApp(options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
