import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { startApi, proposal, type ApiHarness } from './support/api-harness';

const PROBLEM = /^application\/problem\+json/;

/** Sends raw bytes to a listening server and resolves with everything it answers before closing. */
function rawExchange(server: Server, payload: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.write(payload);
  });
}

describe('every error answer is problem+json', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  const expectProblem = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status, code, type: `urn:problem:${code}` });
    expect(response.text).not.toMatch(/FST_|fastify/i);
  };

  it('given an id longer than a path segment may be, when it is read, then 414 URI_TOO_LONG', async () => {
    const response = await api.as('reporter').get(`/recommendations/${'a'.repeat(500)}`);
    expectProblem(response, 414, 'URI_TOO_LONG');
  });

  it('given a path with a broken percent-encoding, when it is read, then 400 BAD_REQUEST', async () => {
    const response = await api.as('reporter').get('/recommendations/%zz');
    expectProblem(response, 400, 'BAD_REQUEST');
  });

  it('given a body that is not JSON, when it is posted, then 415 UNSUPPORTED_MEDIA_TYPE naming Content-Type', async () => {
    for (const mediaType of ['text/plain', '/////']) {
      const response = await api
        .as('secretariat')
        .post('/recommendations')
        .set('Content-Type', mediaType)
        .send('{"text":"hello"}');
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(response.body.errors).toEqual([{ field: 'Content-Type', message: expect.any(String) }]);
    }
  });

  it('given a route that does not exist, when it is called with any method, then 404 NOT_FOUND', async () => {
    expectProblem(await api.as('reporter').get('/no-such-route'), 404, 'NOT_FOUND');
    expectProblem(await api.http().delete('/recommendations'), 404, 'NOT_FOUND');
  });

  it('given a body over the limit, when it is posted, then 413 PAYLOAD_TOO_LARGE in our own words', async () => {
    const response = await api
      .as('secretariat')
      .post('/recommendations')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1024 * 1024) }));
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
    expect(response.body.detail).toMatch(/1048576 bytes/);
  });

  it('given headers larger than the server accepts, when they are sent, then 431 HEADERS_TOO_LARGE', async () => {
    const server = api.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const answer = await rawExchange(
        server,
        `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
      );
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 431 /);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(head).toMatch(/x-content-type-options: nosniff/i);
      expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a closed or unreachable store answers 503 STORE_UNAVAILABLE', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('given the store closed under the running app, when a command and a read come, then both are 503', async () => {
    const proposed = await api.as('secretariat').post('/recommendations', proposal()).expect(201);
    await api.store.close();

    const command = await api.as('secretariat').post('/recommendations', proposal());
    const read = await api.as('secretariat').get(`/recommendations/${proposed.body.id}/history`);

    for (const response of [command, read]) {
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
    }
  });
});
