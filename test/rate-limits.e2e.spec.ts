import type request from 'supertest';
import { startApi, type ApiHarness } from './support/api-harness';

const expectRateLimited = (response: request.Response, windowSeconds: number) => {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(response.body.retryAfterSeconds).toBe(retryAfter);
};

describe('failed authentication is rate limited', () => {
  describe('per address', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ AUTH_FAILURES_PER_ADDRESS: '3', AUTH_FAILURES_PER_TOKEN: '100' });
    });
    afterAll(() => api.close());

    it('given 3 failed attempts from one address, when a 4th request comes, then 429 even with a valid token', async () => {
      for (const token of ['guess-1', 'guess-2', 'guess-3']) {
        await api.http().get('/whoami').set('Authorization', `Bearer ${token}`).expect(401);
      }
      expectRateLimited(await api.as('reporter').get('/whoami'), 60);
      expectRateLimited(await api.http().get('/whoami').set('Authorization', 'Bearer guess-4'), 60);
    });
  });

  describe('per token', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ AUTH_FAILURES_PER_ADDRESS: '100', AUTH_FAILURES_PER_TOKEN: '2' });
    });
    afterAll(() => api.close());

    it('given one wrong token tried twice, when it is tried again, then 429; other tokens are still judged', async () => {
      const attempt = (token: string) => api.http().get('/whoami').set('Authorization', `Bearer ${token}`);
      await attempt('stolen-looking').expect(401);
      await attempt('stolen-looking').expect(401);
      expectRateLimited(await attempt('stolen-looking'), 60);
      await attempt('another-guess').expect(401);
      await api.as('reporter').get('/whoami').expect(200);
    });
  });
});

describe('the general limit per token and per address', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_SECONDS: '30' });
  });
  afterAll(() => api.close());

  it('given 5 requests with one token in the window, when a 6th comes, then 429; another token is not slowed', async () => {
    for (let i = 0; i < 5; i++) {
      const answer = await api.as('reporter').get('/whoami').expect(200);
      expect(answer.headers['x-ratelimit-remaining']).toBe(String(4 - i));
    }
    expectRateLimited(await api.as('reporter').get('/whoami'), 30);
    await api.as('auditor').get('/whoami').expect(200);
  });
});
