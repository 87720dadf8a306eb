import type { RecommendationSource } from '../domain';
import { CarryOverIndex, isEarlier, jaccard, textTokens } from './carry-over-similarity';

const upr = (session: number): RecommendationSource => ({
  mechanism: { kind: 'upr' },
  recommendingParties: [{ name: 'Norway' }],
  stateUnderReview: 'TKM',
  upr: { cycle: session < 30 ? 2 : 3, session },
});

const EN_2013 = 'Adopt a comprehensive anti-discrimination law covering all grounds, including disability.';
const EN_2018 =
  'Adopt comprehensive anti-discrimination legislation covering all grounds, including disability.';
const RU_2013 =
  'Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам, включая инвалидность.';
const RU_2018 =
  'Принять всеобъемлющий закон о борьбе с дискриминацией по всем признакам, в том числе инвалидность.';

describe('carry-over similarity', () => {
  it('reads words in Latin and Cyrillic alike, in lower case, leaving out short words and punctuation', () => {
    expect([...textTokens('Принять ЗАКОН, и в том числе: UN-Women 2030')]).toEqual([
      'принять',
      'закон',
      'том',
      'числе',
      'women',
      '2030',
    ]);
  });

  it('is 1 for the same words in another order and case, 0 for none in common', () => {
    expect(jaccard(textTokens('Ratify the Convention'), textTokens('the convention RATIFY'))).toBe(1);
    expect(jaccard(textTokens('Ratify the Convention'), textTokens('Принять закон'))).toBe(0);
  });

  it('suggests the earlier session of the same mechanism for a reworded English and Russian text', () => {
    const index = new CarryOverIndex([
      { id: 'en-16', reference: 'UPR-TKM-S16-p1', text: EN_2013, source: upr(16) },
      { id: 'ru-16', reference: 'UPR-TKM-S16-p2', text: RU_2013, source: upr(16) },
      {
        id: 'other',
        reference: 'UPR-TKM-S16-p3',
        text: 'Ratify the Optional Protocol to the Convention against Torture.',
        source: upr(16),
      },
    ]);
    expect(index.matches(EN_2018, upr(31), 0.6)).toEqual([
      { recommendationId: 'en-16', reference: 'UPR-TKM-S16-p1', similarity: expect.any(Number) },
    ]);
    expect(index.matches(RU_2018, upr(31), 0.6).map((match) => match.recommendationId)).toEqual(['ru-16']);
  });

  it('never suggests a later or the same session, another mechanism, or a text below the threshold', () => {
    const index = new CarryOverIndex([
      { id: 'later', reference: 'UPR-TKM-S44-p1', text: EN_2013, source: upr(44) },
      { id: 'same', reference: 'UPR-TKM-S31-p9', text: EN_2013, source: upr(31) },
      {
        id: 'cedaw',
        reference: 'CEDAW-1',
        text: EN_2013,
        source: {
          mechanism: { kind: 'treaty_body', body: 'CEDAW' },
          recommendingParties: [{ name: 'CEDAW' }],
          date: '2012-01-01',
        },
      },
    ]);
    expect(index.matches(EN_2018, upr(31), 0.6)).toEqual([]);
    expect(index.matches('Adopt a law on disability.', upr(50), 0.6)).toEqual([]);
  });

  it('tells earlier by session, then by date, then by another document', () => {
    expect(isEarlier(upr(16), upr(31))).toBe(true);
    expect(isEarlier(upr(31), upr(16))).toBe(false);
    const tb = (date: string, documentSymbol?: string): RecommendationSource => ({
      mechanism: { kind: 'treaty_body', body: 'CRC' },
      recommendingParties: [{ name: 'CRC' }],
      date,
      documentSymbol,
    });
    expect(isEarlier(tb('2015-03-01'), tb('2022-02-01'))).toBe(true);
    expect(
      isEarlier(
        { ...tb('x', 'CRC/C/TKM/CO/2-4'), date: undefined },
        { ...tb('x', 'CRC/C/TKM/CO/5'), date: undefined },
      ),
    ).toBe(true);
  });

  it('compares 1,000 candidates with 10,000 recommendations in well under the time a preview may take', () => {
    const words = Array.from({ length: 3000 }, (_, n) => `word${n}`);
    const text = (n: number) =>
      Array.from({ length: 25 }, (_, k) => words[(n * 7 + k * 13) % words.length]).join(' ');
    const index = new CarryOverIndex(
      Array.from({ length: 10_000 }, (_, n) => ({
        id: `r${n}`,
        reference: `R${n}`,
        text: `the and for ${text(n)}`,
        source: upr(16),
      })),
    );
    const started = Date.now();
    for (let n = 0; n < 1000; n++) index.matches(`the and for ${text(n + 5)}`, upr(31), 0.6);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
