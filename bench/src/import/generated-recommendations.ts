import { stringify } from 'csv-stringify/sync';

/** One generated recommendation; `n` makes its text, paragraph and so its identity distinct. */
const recommendation = (n: number) => ({
  text: `Strengthen the generation and publication of data disaggregated by sex, age, disability and region (item ${n}).`,
  language: 'en',
  mechanism: 'unct',
  party: 'UNICEF',
  document: 'Country programme 2021-2025',
  paragraph: `12.${n}`,
  date: '2021-01-15',
  themes: ['non-discrimination', 'torture'],
  sdgTargets: ['10.3', '16.b'],
  affectedGroups: ['children', 'persons with disabilities'],
});

const HEADER = [
  'Text',
  'Language',
  'Mechanism',
  'Recommending parties',
  'Document',
  'Paragraph',
  'Date',
  'Themes',
  'SDG targets',
  'Affected groups',
];

/** A template-profile CSV of `rows` distinct recommendations numbered from `first`, as staff would fill it in. */
export function templateCsvOf(rows: number, first = 0): Buffer {
  const records = Array.from({ length: rows }, (_, i) => {
    const r = recommendation(first + i);
    return [
      r.text,
      r.language,
      r.mechanism,
      r.party,
      r.document,
      r.paragraph,
      r.date,
      r.themes.join('; '),
      r.sdgTargets.join('; '),
      r.affectedGroups.join('; '),
    ];
  });
  return Buffer.from(stringify([HEADER, ...records]));
}

/** The same recommendation as a POST /recommendations body, for proposing it one request at a time. */
export function proposalOf(n: number, tag: string) {
  const r = recommendation(n);
  return {
    text: r.text,
    language: r.language,
    reference: `BENCH-${tag}-${n}`,
    source: {
      mechanism: { kind: r.mechanism },
      recommendingParties: [{ name: r.party }],
      document: r.document,
      paragraph: r.paragraph,
      date: r.date,
    },
    themes: r.themes,
    sdgTargets: r.sdgTargets,
    affectedGroups: r.affectedGroups,
  };
}
