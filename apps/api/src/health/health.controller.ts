import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { Public } from '../auth/public.decorator';
import type { Response } from 'express';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOperation({ summary: 'Whether the store is reachable, and its position. 503 when it is not.' })
  async health(@Res({ passthrough: true }) response: Response) {
    const store = await this.store.health();
    if (!store.ok) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: store.ok ? 'ok' : 'unavailable',
      store: {
        kind: store.store,
        reachable: store.ok,
        position: store.position.toString(),
        detail: store.detail,
      },
      projections: [],
    };
  }
}
