import type { RowCandidate } from '../profiles';
import { CandidateGrouping } from './candidate-grouping';

const upr = (text: string, state: string, session = 16, stateUnderReview = 'TKM'): RowCandidate => ({
  text,
  language: 'en',
  source: {
    mechanism: { kind: 'upr' },
    recommendingParties: [{ name: state, iso3: state }],
    stateUnderReview,
    upr: { cycle: 2, session },
  },
  themes: [],
  sdgTargets: [],
  affectedGroups: [],
});

describe('CandidateGrouping', () => {
  it('given the same text from two States in one review, makes one candidate with both and both rows', () => {
    const grouping = new CandidateGrouping();
    grouping.add(2, upr('Ratify the OP-CAT.', 'NOR'));
    grouping.add(5, upr('  ratify THE op-cat ', 'SWE'));

    expect(grouping.candidates()).toHaveLength(1);
    expect(grouping.candidates()[0]).toMatchObject({ row: 2, rows: [2, 5], text: 'Ratify the OP-CAT.' });
    expect(grouping.candidates()[0].source.recommendingParties.map((p) => p.iso3)).toEqual(['NOR', 'SWE']);
  });

  it('given the same text in another session or to another State, keeps them apart', () => {
    const grouping = new CandidateGrouping();
    grouping.add(2, upr('Ratify the OP-CAT', 'NOR'));
    grouping.add(3, upr('Ratify the OP-CAT', 'NOR', 31));
    grouping.add(4, upr('Ratify the OP-CAT', 'NOR', 16, 'UZB'));

    expect(grouping.candidates()).toHaveLength(3);
  });

  it('given the same State twice, lists it once', () => {
    const grouping = new CandidateGrouping();
    grouping.add(2, upr('Ratify the OP-CAT', 'NOR'));
    grouping.add(3, upr('Ratify the OP-CAT', 'NOR'));

    expect(grouping.candidates()[0].source.recommendingParties).toHaveLength(1);
    expect(grouping.candidates()[0].rows).toEqual([2, 3]);
  });
});
