import { startApi, type ApiHarness } from './support/api-harness';

describe('security headers on every answer', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('given the API docs, when /docs is opened, then it is served under a CSP and every asset it names loads', async () => {
    const page = await api.http().get('/docs').expect(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url);
    expect(assets).toEqual(expect.arrayContaining(['./docs/swagger-ui-bundle.js', './docs/swagger-ui.css']));
    for (const asset of assets) {
      const path = new URL(asset, 'http://api.test/docs').pathname;
      const response = await api.http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('given a JSON answer and a problem answer, then both carry nosniff and a CSP', async () => {
    const json = await api.as('reporter').get('/whoami').expect(200);
    const problem = await api.http().get('/whoami').expect(401);
    for (const response of [json, problem]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(response.headers).toMatchObject({
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'strict-transport-security': expect.stringMatching(/max-age=/),
      });
    }
  });
});
