import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

describe('hostile request bodies', () => {
  let api: ApiHarness;
  let amend: string;

  beforeAll(async () => {
    api = await startApi();
    amend = `/recommendations/${(await proposeOne(api)).id}/amend`;
  });
  afterAll(() => api.close());

  const send = (body: string) =>
    api
      .http()
      .post(amend)
      .set('Authorization', `Bearer ${api.tokens.secretariat}`)
      .set('Content-Type', 'application/json')
      .send(body);

  const expectRefused = async (body: string, message: RegExp) => {
    const head = await api.store.headPosition();
    const started = Date.now();
    const response = await send(body);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.body.errors).toEqual([{ field: 'body', message: expect.stringMatching(message) }]);
    expect(await api.store.headPosition()).toBe(head);
    return { response, elapsed };
  };

  it('refuses JSON nested 10,000 levels deep with a 400 naming the body', async () => {
    await expectRefused(`{"text":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, /nested/);
    await expectRefused(`{"source":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, /nested/);
  });

  it('refuses a number JSON cannot hold (1e999999) with a 400 naming the body', async () => {
    await expectRefused('{"a":1e999999}', /number/);
    await expectRefused('{"themes":[-1e400]}', /number/);
  });

  it('refuses 80,000 unknown keys (0.87 MB) quickly and with a short answer', async () => {
    const keys = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`k${i}`, 1]));
    const { response, elapsed } = await expectRefused(JSON.stringify(keys), /values/);
    expect(response.text.length).toBeLessThan(2_000);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('refuses 300,000 nested objects where one object belongs quickly and with a short answer', async () => {
    const { response, elapsed } = await expectRefused(`{"source":[${Array(300_000).fill('{}')}]}`, /values/);
    expect(response.text.length).toBeLessThan(2_000);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('lists the first 20 problems and counts the rest in errorsOmitted', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, i]));
    const response = await send(JSON.stringify({ ...unknown, language: 'not a language tag' })).expect(400);
    expect(response.body.errors).toHaveLength(20);
    expect(response.body.errorsOmitted).toBe(41);
    expect(response.body.errors[0]).toEqual({ field: expect.any(String), message: expect.any(String) });
    expect(response.body.detail.length).toBeLessThan(2_000);
  });

  it('still takes an ordinary body', async () => {
    await send(
      JSON.stringify({
        themes: ['non-discrimination'],
        source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNDP' }] },
      }),
    ).expect(200);
  });
});
