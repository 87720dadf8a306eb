import { rotateToken } from '@app/users';
import { startApi, type ApiHarness } from './support/api-harness';

/** Signs in as a browser would: fetch the form (its cookie and hidden token), then post it. */
async function signIn(api: ApiHarness, token: string, headers: Record<string, string> = {}) {
  const form = await api.http().get('/app/sign-in').set(headers).expect(200);
  const formCookie = String(form.headers['set-cookie']).split(';')[0];
  const formToken = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1] ?? '';
  const answer = await api
    .http()
    .post('/app/sign-in')
    .set({ ...headers, Cookie: formCookie })
    .type('form')
    .send({ token, _csrf: formToken, next: '/app' });
  const setCookie = ([] as string[]).concat(answer.headers['set-cookie'] ?? []);
  const session = setCookie.find((cookie) => cookie.startsWith('rfu_session='));
  return { answer, setCookie: session, cookie: session?.split(';')[0] ?? '' };
}

async function csrfOf(api: ApiHarness, cookie: string): Promise<string> {
  const page = await api.http().get('/app').set('Cookie', cookie).expect(200);
  return /name="csrf-token" content="([^"]+)"/.exec(page.text)?.[1] ?? '';
}

describe('Workspace sessions over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ SESSION_IDLE_MINUTES: '30', TRUST_PROXY: 'true' });
  });
  afterAll(() => api.close());

  it('answers a valid token with a 303 and an HttpOnly SameSite=Strict cookie, Secure when the proxy says https', async () => {
    const plain = await signIn(api, api.tokens.reviewer);
    expect(plain.answer.status).toBe(303);
    expect(plain.setCookie).toMatch(/HttpOnly/);
    expect(plain.setCookie).toMatch(/SameSite=Strict/);
    expect(plain.setCookie).not.toMatch(/Secure/);
    const tls = await signIn(api, api.tokens.reviewer, { 'X-Forwarded-Proto': 'https' });
    expect(tls.setCookie).toMatch(/Secure/);
  });

  it('refuses a sign-in post that did not come from the sign-in form, creating no session', async () => {
    const answer = await api
      .http()
      .post('/app/sign-in')
      .type('form')
      .send({ token: api.tokens.secretariat, _csrf: 'forged' });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie'] ?? []).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^rfu_session=/)]),
    );
  });

  it('lets the cookie and its CSRF token run a command the user may run, and the read side shows it', async () => {
    const { cookie } = await signIn(api, api.tokens.secretariat);
    const csrf = await csrfOf(api, cookie);
    const proposed = await api
      .http()
      .post('/recommendations')
      .set({ Cookie: cookie, 'X-CSRF-Token': csrf })
      .send({
        reference: 'SESSION-1',
        text: 'Proposed from the workspace',
        language: 'en',
        source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNICEF' }] },
      })
      .expect(201);
    const read = await api
      .as('auditor')
      .get(`/recommendations/${proposed.body.id}?consistentWith=${proposed.body.position}`)
      .expect(200);
    expect(read.body).toMatchObject({ reference: 'SESSION-1', status: 'proposed' });
    const history = await api.as('auditor').get(`/recommendations/${proposed.body.id}/history`).expect(200);
    expect(history.body.events[0].metadata?.actor ?? history.body.events[0].actor).toMatchObject({
      id: 'secretariat-user',
    });
  });

  it('ends every session of a user whose token is rotated', async () => {
    const { cookie } = await signIn(api, api.tokens.reporter);
    await api.http().get('/recommendations').set('Cookie', cookie).expect(200);
    api.tokens.reporter = await rotateToken(api.config.usersFile, 'reporter-user');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the users file is re-read at most once a second
    await api.http().get('/recommendations').set('Cookie', cookie).expect(401);
    const page = await api.http().get('/app').set('Cookie', cookie).expect(303);
    expect(page.headers.location).toBe('/app/sign-in?next=%2Fapp&ended=1');
  });

  it('ends a session after SESSION_IDLE_MINUTES without a request', async () => {
    const { cookie } = await signIn(api, api.tokens.auditor);
    api.clock.advance(29 * 60);
    await api.http().get('/recommendations').set('Cookie', cookie).expect(200);
    api.clock.advance(31 * 60);
    await api.http().get('/recommendations').set('Cookie', cookie).expect(401);
  });
});
