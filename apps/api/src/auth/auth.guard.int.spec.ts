import { Controller, Get, type INestApplication, Post } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { loadConfig, systemClock } from '@app/config';
import { UserDirectory, addUser } from '@app/users';
import { AuthGuard } from './auth.guard';
import { SessionStore } from './session/session.store';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { LifecycleCommand } from './lifecycle-command.decorator';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

@Controller()
class ExampleController {
  @Post('record-position')
  @LifecycleCommand('recordPosition')
  recordPosition(@CurrentUser() user: AuthenticatedUser) {
    return { actor: user.id };
  }

  @Post('register-plan')
  @LifecycleCommand('registerPlan')
  registerPlan() {
    return {};
  }

  @Get('history')
  @Roles('secretariat', 'reviewer', 'auditor')
  history() {
    return {};
  }

  @Get('open')
  @Public()
  open() {
    return {};
  }
}

describe('AuthGuard roles', () => {
  let app: INestApplication;
  let dir: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'auth-guard-'));
    const file = join(dir, 'users.json');
    for (const [id, roles] of Object.entries({
      root: ['admin'],
      rita: ['reviewer'],
      sam: ['secretariat'],
      rex: ['reporter'],
      multi: ['reporter', 'auditor'],
    })) {
      tokens[id] = await addUser(file, { id, name: id, roles });
    }
    const moduleRef = await Test.createTestingModule({
      controllers: [ExampleController],
      providers: [
        { provide: UserDirectory, useValue: new UserDirectory(file) },
        { provide: SessionStore, useValue: new SessionStore(loadConfig({ DATA_DIR: dir }), systemClock) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication(new FastifyAdapter(), { logger: false });
    await app.init();
    await (app.getHttpAdapter().getInstance() as FastifyInstance).ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a role the lifecycle table names run the command, and records who did', async () => {
    const response = await request(app.getHttpServer()).post('/record-position').set(as('rita')).expect(201);
    expect(response.body).toEqual({ actor: 'rita' });
  });

  it('lets admin run what a reviewer may', async () => {
    await request(app.getHttpServer()).post('/record-position').set(as('root')).expect(201);
  });

  it('answers 403 FORBIDDEN naming the roles that may, to a role the table does not name', async () => {
    const response = await request(app.getHttpServer()).post('/record-position').set(as('sam')).expect(403);
    expect(response.body).toEqual({
      code: 'FORBIDDEN',
      detail: 'Only reviewer, admin may run recordPosition',
    });
  });

  it('follows the plan table too', async () => {
    await request(app.getHttpServer()).post('/register-plan').set(as('sam')).expect(201);
    await request(app.getHttpServer()).post('/register-plan').set(as('rita')).expect(403);
  });

  it('lets a query route in for any listed role, any of the caller’s roles, and admin', async () => {
    await request(app.getHttpServer()).get('/history').set(as('sam')).expect(200);
    await request(app.getHttpServer()).get('/history').set(as('multi')).expect(200);
    await request(app.getHttpServer()).get('/history').set(as('root')).expect(200);
  });

  it('answers 403 FORBIDDEN to a query route for a role not listed', async () => {
    const response = await request(app.getHttpServer()).get('/history').set(as('rex')).expect(403);
    expect(response.body).toEqual({
      code: 'FORBIDDEN',
      detail: 'Only secretariat, reviewer, auditor, admin may call this route',
    });
  });

  it('checks the token before the role: no token is 401, not 403', async () => {
    const response = await request(app.getHttpServer()).post('/record-position').expect(401);
    expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets anyone reach a @Public() route', async () => {
    await request(app.getHttpServer()).get('/open').expect(200);
  });
});
