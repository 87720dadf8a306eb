import { startApi, type ApiHarness } from './support/api-harness';
import { proposeOne } from './support/read-model-commands';

const ROUTES = ['/recommendations', '/reports/summary?by=status', '/reports/recommendations.csv'];

/** Raw query-string text, percent-encoded as a client would send it. */
const HOSTILE_Q = [
  '%00',
  'law%00',
  'a%00b',
  '%01%02%1F',
  '%C2%85',
  '%E2%80%8B',
  '%EF%BB%BF',
  '%E2%80%A8',
  '%22',
  '%22%22',
  '*',
  '-',
  '(',
  'NOT',
  'NEAR(a%20b',
  'reference%3AUPR',
  '%5E',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%FF',
];

describe('full-text search input (q)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  let position = '0';

  beforeAll(async () => {
    api = await startApi();
    const texts = {
      english: 'Adopt a comprehensive anti-discrimination law covering all grounds.',
      russian: 'Принять закон о защите прав детей.',
      turkmen: 'Çagalaryň hukuklaryny goramak barada kanun kabul etmeli; öý, üý, şäher, žurnal, ňa.',
    };
    for (const [name, text] of Object.entries(texts)) {
      const proposed = await proposeOne(api, { text });
      ids[name] = proposed.id;
      position = proposed.position;
    }
  });
  afterAll(() => api.close());

  const list = (q: string) =>
    api.as('reporter').get(`/recommendations?q=${q}&consistentWith=${position}`).expect(200);
  const found = async (q: string): Promise<string[]> =>
    ((await list(encodeURIComponent(q))).body.items as Array<{ id: string }>).map((item) => item.id);

  it.each(ROUTES.flatMap((route) => HOSTILE_Q.map((q) => [route, q] as const)))(
    '%s?q=%s answers 200 (a literal search) or a 400 naming q, never a 500',
    async (route, q) => {
      const separator = route.includes('?') ? '&' : '?';
      const response = await api.as('reporter').get(`${route}${separator}q=${q}&consistentWith=${position}`);
      expect([200, 400]).toContain(response.status);
      if (response.status === 400) {
        expect(response.body.errors).toEqual([{ field: 'q', message: expect.any(String) }]);
      }
      expect(response.text).not.toMatch(/fts5|sqlite|syntax error|unterminated/i);
    },
  );

  it('a control character alone finds nothing, and beside a word is a separator', async () => {
    expect((await list('%00')).body.items).toEqual([]);
    expect(await found('anti\u0000discrimination')).toEqual([ids.english]);
  });

  it('finds whole words and prefixes in English, Russian and Turkmen, in any case', async () => {
    expect(await found('discrimination law')).toEqual([ids.english]);
    expect(await found('compreh')).toEqual([ids.english]);
    expect(await found('закон')).toEqual([ids.russian]);
    expect(await found('ЗАЩИТ')).toEqual([ids.russian]);
    expect(await found('çagalaryň')).toEqual([ids.turkmen]);
    expect(await found('ÇAGA')).toEqual([ids.turkmen]);
    expect(await found('şäher')).toEqual([ids.turkmen]);
    expect(await found('žurnal öý')).toEqual([ids.turkmen]);
  });

  it('takes quotes and operators as text, not as search syntax', async () => {
    expect(await found('"law')).toEqual([ids.english]);
    expect(await found('law NOT anti')).toEqual([]);
    expect(await found('law OR закон')).toEqual([]);
  });
});
