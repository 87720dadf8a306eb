import type { SeededRandom } from './seeded-random';

/** A JSON body sent byte for byte, so malformed and pathological documents reach the server as written. */
export interface RawBody {
  raw: string;
}

const nested = (depth: number, open: string, close: string, inner = '1'): string =>
  open.repeat(depth) + inner + close.repeat(depth);

/** Documents a JSON parser or a validator may choke on; each is cheap to build. */
export const HOSTILE_RAW_BODIES: readonly (() => string)[] = [
  () => nested(10_000, '[', ']'),
  () => nested(10_000, '{"a":', '}'),
  () => nested(200, '{"text":', '}', '"x"'),
  () => '{"a":1e999999}',
  () => '{"text":-1e999999}',
  () => '{"position":NaN}',
  () => '{"text":"unterminated',
  () => '{"text":"a",}',
  () => '',
  () => 'null',
  () => '[]',
  () => '"just a string"',
  () => '123',
  () => '{"__proto__":{"admin":true},"text":"x"}',
  () => '{"constructor":{"prototype":{"polluted":1}}}',
  () => '{"text":"\\ud800"}',
  () => '{"text":"a\\u0000b"}',
  () => '\u00ef\u00bb\u00bf{"text":"bom"}',
  () => '{"reason":"' + 'x'.repeat(1_100_000) + '"}',
];

/** 80,000 unknown keys: once it cost seconds of the event loop and answered megabytes of errors. */
export const manyUnknownKeys = (count = 80_000): string =>
  '{' + Array.from({ length: count }, (_, i) => `"k${i}":1`).join(',') + '}';

const LONG = 'x'.repeat(12_000);

/** Values to put in place of one field; none of them names a library or an error class, so echoes are harmless. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  '',
  '   ',
  '\u0000',
  '\t=cmd|calc',
  '=HYPERLINK("http://evil.example")',
  '+1',
  '@SUM(A1)',
  LONG,
  'ş'.repeat(3000),
  'Адвокат 🤝 ýaşaýyş',
  '\u202Eevil',
  '../../../etc/passwd',
  "' OR 1=1 --",
  '"',
  '*',
  'NEAR(a b)',
  'text:abc',
  '^a OR -b',
  '2021-02-30',
  '0000-00-00',
  '9999-99-99',
  '99999999999999999999999',
  [],
  [null],
  [''],
  [LONG],
  Array.from({ length: 500 }, (_, i) => `t${i}`),
  {},
  { mechanism: null, recommendingParties: [null] },
  { kind: null, name: null, iso3: null },
  { $ne: 1 },
  [[['deep']]],
];

/** Query-string values, already as text; the generator URL-encodes them. */
export const HOSTILE_QUERY_VALUES: readonly string[] = [
  '',
  '\u0000',
  '%00',
  '"',
  '*',
  '(',
  'NEAR(',
  'a OR',
  'AND',
  '-',
  ':',
  '^',
  "' OR 1=1 --",
  'x'.repeat(5000),
  '-1',
  '0',
  '1.5',
  '1e999',
  '9223372036854775807',
  '9223372036854775808',
  '99999999999999999999999999',
  'true',
  'maybe',
  '2021-02-30',
  '2021-01-01T00:00:00Z',
  'not-a-date',
  'Адвокат',
  'ýaşaýyş',
  '🤝',
  '[]',
  '{}',
];

export function hostileValue(random: SeededRandom): unknown {
  return random.pick(HOSTILE_VALUES);
}

export function hostileRawBody(random: SeededRandom): RawBody {
  return { raw: random.pick(HOSTILE_RAW_BODIES)() };
}
