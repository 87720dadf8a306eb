import 'reflect-metadata';
import { Body, Controller, type INestApplication, Module, Post } from '@nestjs/common';
import { APP_PIPE, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { requestValidationPipe } from '../../../apps/api/src/http/request-validation.pipe';
import { ProposeRecommendationDto } from '../../../apps/api/src/recommendations/dto/propose-recommendation.dto';

/** The proposal route with nothing behind it: what NestJS, Fastify and class-validator cost before any work. */
@Controller('recommendations')
class FloorController {
  @Post()
  propose(@Body() body: ProposeRecommendationDto): { id: string; revision: number; position: string } {
    return { id: randomUUID(), revision: 0, position: String(body.reference.length) };
  }
}

@Module({
  controllers: [FloorController],
  providers: [{ provide: APP_PIPE, useValue: requestValidationPipe() }],
})
class FloorModule {}

/** Started by the bench like api-entry: 'stop' over IPC, or losing the parent, ends it. */
async function main(): Promise<void> {
  const app: INestApplication = await NestFactory.create(FloorModule, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('message', (message) => message === 'stop' && void stop());
  process.on('disconnect', () => void stop());
  process.send?.('listening');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
