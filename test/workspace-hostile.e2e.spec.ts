import { startApi, type ApiHarness } from './support/api-harness';

/** What must never reach a person's screen: a stack frame, a file path, a library's own error text. */
const INTERNAL = /node_modules|\bat \w+ \(|\.ts:\d+|SQLITE_|TypeError|ReferenceError|Cannot read prop/;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const NASTY = [
  '',
  ' ',
  '%',
  '%zz',
  '\u0000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '١٢٣',
  'ё'.repeat(300),
  'x'.repeat(5000),
  '-1',
  '1e999',
  'true',
  'null',
  '{"a":1}',
  '[]',
  '9223372036854775808',
  'javascript:alert(1)',
  '//evil.example',
];
const PARAMS = [
  'status',
  'mechanism',
  'party',
  'theme',
  'sdg',
  'planId',
  'institution',
  'overdue',
  'language',
  'q',
  'cursor',
  'page',
  'limit',
  'lang',
  'back',
  'next',
  'reference',
  'unknown',
];
const PATHS = [
  '/app',
  '/app/lookup',
  '/app/language',
  '/app/sign-in',
  '/app/assets/app.js',
  '/app/assets/..%2F..%2Fpackage.json',
  '/app/nothing-here',
];

describe('The workspace under hostile input', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({
      RATE_LIMIT_MAX: '0',
      AUTH_FAILURES_PER_ADDRESS: '0',
      AUTH_FAILURES_PER_TOKEN: '0',
    });
  });
  afterAll(() => api.close());

  it('answers 600 malformed page requests with no 5xx, no internal text, and no markup echoed unescaped', async () => {
    const next = random(20261130);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const failures: string[] = [];
    const statuses = new Set<number>();
    for (let n = 0; n < 600; n++) {
      const query = Array.from(
        { length: 1 + Math.floor(next() * 3) },
        () => `${pick(PARAMS)}=${encodeURIComponent(pick(NASTY))}`,
      ).join('&');
      const path = `${pick(PATHS)}?${query}`;
      const signedIn = next() < 0.7;
      const request = api.http().get(path);
      if (signedIn)
        request.set(
          'Authorization',
          `Bearer ${api.tokens[pick(['reviewer', 'reporter', 'auditor', 'secretariat'] as const)]}`,
        );
      if (next() < 0.2)
        request.set(
          'Cookie',
          `rfu_session=${encodeURIComponent(pick(NASTY))}; rfu_lang=${encodeURIComponent(pick(NASTY))}`,
        );
      const answer = await request;
      const text = answer.text ?? '';
      statuses.add(answer.status);
      if (answer.status >= 500) failures.push(`${answer.status} ${path}`);
      if (INTERNAL.test(text)) failures.push(`internal text in ${path}`);
      if (text.includes('<script>alert(1)</script>') || text.includes('<img src=x'))
        failures.push(`unescaped markup in ${path}`);
      const location = String(answer.headers.location ?? '');
      if (location !== '' && !location.startsWith('/'))
        failures.push(`redirect off-site to ${location} from ${path}`);
      if (location.startsWith('//')) failures.push(`protocol-relative redirect ${location} from ${path}`);
    }
    expect(failures).toEqual([]);
    // The run reached pages (200), refusals of bad values (400) and the sign-in redirect (303).
    expect([...statuses]).toEqual(expect.arrayContaining([200, 303, 400]));
  });

  it('answers junk sign-in posts with a page, never a session or a 5xx', async () => {
    const bodies: [string, string][] = [
      ['application/x-www-form-urlencoded', 'token=%zz&_csrf=%'],
      ['application/x-www-form-urlencoded', `token=${'a'.repeat(20_000)}`],
      ['application/x-www-form-urlencoded', '__proto__[admin]=1&constructor=x'],
      ['application/json', '{"token":"x"}'],
      ['text/plain', 'token=x'],
      ['multipart/form-data; boundary=x', '--x--'],
    ];
    for (const [type, body] of bodies) {
      const answer = await api.http().post('/app/sign-in').set('Content-Type', type).send(body);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toMatch(INTERNAL);
      expect(String(answer.headers['set-cookie'] ?? '')).not.toContain('rfu_session=');
    }
  });

  it('never serves a file outside its assets, and answers an unknown one 404', async () => {
    for (const path of [
      '/app/assets/..%2F..%2F..%2Fpackage.json',
      '/app/assets/%2e%2e%2fpackage.json',
      '/app/assets/users.json',
    ]) {
      const answer = await api.http().get(path);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('"dependencies"');
    }
  });
});
