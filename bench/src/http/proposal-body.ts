/** A POST /recommendations body as the secretariat's tools send it; `tag` keeps the reference unique. */
export const proposalBody = (tag: string) => ({
  text: 'Strengthen the generation and publication of data disaggregated by sex, age, disability and region.',
  language: 'en',
  reference: `BENCH-${process.pid}-${tag}`,
  source: {
    mechanism: { kind: 'unct' },
    recommendingParties: [{ name: 'UNICEF' }],
    document: 'Country programme 2021-2025',
    paragraph: '12(b)',
    date: '2021-01-15',
  },
  themes: ['non-discrimination', 'data'],
  sdgTargets: ['10.3', '16.b', '17.18'],
  affectedGroups: ['children', 'persons with disabilities'],
  meetingRef: 'Inter-agency Commission, 24 March 2021',
});
