import { normaliseSdgTarget } from './sdg';

describe('normaliseSdgTarget', () => {
  it.each([
    ['16', '16'],
    ['16.3', '16.3'],
    ['4.a', '4.a'],
    ['4.A', '4.a'],
    ['SDG 16', '16'],
    ['Goal 5', '5'],
    ['16 - Peace, justice and strong institutions', '16'],
    ['SDG16.3', '16.3'],
    ['sdg 8.10', '8.10'],
    ['Target 17.19', '17.19'],
  ])('given %p, answers %p', (input, value) => {
    expect(normaliseSdgTarget(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['18', '17 SDGs'],
    ['0', '17 SDGs'],
    ['16.12', '16.1 to 16.10'],
    ['4.d', 'no target 4.d'],
    ['peace', 'not an SDG'],
    ['16.3.1', 'not an SDG'],
    ['', 'not an SDG'],
  ])('given %p, refuses with a message saying why (%p)', (input, reason) => {
    const result = normaliseSdgTarget(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });
});
