import type { DocumentRecommendation, DocumentSnapshot } from '@app/recommendations';

const THEMES = [
  'Rights of the child',
  'Equality and non-discrimination',
  'Torture',
  'Education',
  'Health',
  'Freedom of expression',
  "Women's rights",
  'Justice',
  'Labour',
  'Environment',
  'Civil society',
  'Death penalty',
];
const POSITIONS = ['supported', 'partially_supported', 'noted', 'pending', null] as const;
const STATUSES = ['proposed', 'under_review', 'reviewed', 'planned', 'implemented'] as const;
const SENTENCE =
  'Take further measures to ensure the effective implementation of the legislation in this area ';

/** A recommendation as the read models give one with two actions, two institutions and two validated reports. */
function generated(n: number): DocumentRecommendation {
  return {
    reference: `BENCH-${n}`,
    text: SENTENCE.repeat(1 + (n % 3)).trim(),
    parties: ['Norway', 'Chile', 'Kazakhstan'].slice(0, 1 + (n % 3)),
    mechanism: n % 4 === 0 ? { kind: 'treaty_body', body: 'CRC' } : { kind: 'upr', body: null },
    cycle: n % 4 === 0 ? null : 2 + (n % 3),
    themes: [THEMES[n % THEMES.length]],
    position: POSITIONS[n % POSITIONS.length],
    status: STATUSES[n % STATUSES.length],
    actions: [
      { number: `${1 + (n % 9)}.${n % 7}`, title: 'Draft and adopt the amendments to the law' },
      { number: `${1 + (n % 9)}.${(n % 7) + 1}`, title: 'Train the officials concerned' },
    ],
    institutions: ['Ministry of Justice', 'Ombudsperson'],
    validatedProgress: [
      { actionNumber: '1.1', periodEnd: '2024-03-31', narrative: SENTENCE.repeat(3).trim() },
      { actionNumber: '1.1', periodEnd: '2024-06-30', narrative: SENTENCE.repeat(4).trim() },
    ],
    stateAssessment: n % 5 === 4 ? 'Implemented: the law entered into force.' : null,
    mechanismGrade: n % 6 === 0 ? 'B1' : null,
  };
}

export const generatedSnapshot = (count: number): DocumentSnapshot => ({
  position: String(count * 12),
  positionTime: '2026-01-01T00:00:00.000Z',
  ledgerDigest: null,
  language: 'en',
  recommendations: Array.from({ length: count }, (_, n) => generated(n)),
});
