import { startApi, type ApiHarness } from './support/api-harness';

/** A path id that cannot name a record is answered as one that names none: never with the store's own words. */
describe('hostile ids in the paths of actions, institutions and plans', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());
  const send = (method: string, path: string) =>
    api.http()[method as 'get'](path).set('Authorization', `Bearer ${api.tokens.secretariat}`);

  // (A path too long for any id is 414 before any route, as everywhere.)
  const HOSTILE = ['%00', 'a%0Ab', '..%2F..%2Fevents.db'];

  it.each(HOSTILE)('answers %s with 404 ACTION.NOT_FOUND on every action route', async (id) => {
    const routes: Array<[string, string, object?]> = [
      ['get', `/actions/${id}`],
      ['patch', `/actions/${id}`, { title: 'T' }],
      ['post', `/actions/${id}/start`, {}],
      ['post', `/actions/${id}/delay`, { reason: 'r' }],
      ['post', `/actions/${id}/links`, { recommendationIds: [] }],
      [
        'post',
        `/actions/${id}/indicators`,
        { indicatorId: 'i', name: 'n', unit: 'u', frequencyMonths: 12, scheduleStart: '2021-01-01' },
      ],
    ];
    for (const [method, path, body] of routes) {
      const request = send(method, path);
      const answer = await (body === undefined ? request : request.send(body));
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 404,
        code: 'ACTION.NOT_FOUND',
      });
    }
  });

  it.each(HOSTILE)('answers %s with 404 INSTITUTION.NOT_FOUND on institution routes', async (id) => {
    for (const [method, path, body] of [
      ['get', `/institutions/${id}`],
      ['patch', `/institutions/${id}`, { kind: 'ministry' }],
    ] as Array<[string, string, object?]>) {
      const request = send(method, path);
      const answer = await (body === undefined ? request : request.send(body));
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 404,
        code: 'INSTITUTION.NOT_FOUND',
      });
    }
  });

  it.each(HOSTILE)('answers %s with 404 PLAN.NOT_FOUND on the plan action routes', async (id) => {
    const body = { number: '1.1', title: 'T' };
    for (const [method, path] of [
      ['get', `/plans/${id}/actions`],
      ['post', `/plans/${id}/actions`],
    ]) {
      const answer = await send(method, path).send(method === 'post' ? body : undefined);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 404,
        code: 'PLAN.NOT_FOUND',
      });
    }
  });
});
