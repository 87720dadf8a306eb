import type { CandidateToImport, RecommendationSource } from '@app/recommendations';
import { MAX_SOURCE_GROUPS, sourceGroupsOf } from './import-source-groups';

const candidate = (source: Partial<RecommendationSource>): CandidateToImport => ({
  rows: [2],
  text: 'A recommendation',
  language: 'en',
  source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'Norway' }], ...source },
  themes: [],
  sdgTargets: [],
  affectedGroups: [],
});

describe('the sources of an imported file, for the board', () => {
  it('given UPR and UN Country Team rows, when grouped, then each mechanism, State and session is one group, the largest first', () => {
    const upr = candidate({ stateUnderReview: 'TKM', upr: { cycle: 3, session: 30 } });
    const unct = candidate({ mechanism: { kind: 'unct' }, stateUnderReview: 'TKM' });

    expect(sourceGroupsOf([unct, upr, upr])).toEqual([
      { mechanism: 'upr', stateUnderReview: 'TKM', session: 30, recommendations: 2 },
      { mechanism: 'unct', stateUnderReview: 'TKM', recommendations: 1 },
    ]);
  });

  it('given a file from more sources than a page can point at, when grouped, then the largest groups are kept', () => {
    const sessions = Array.from({ length: MAX_SOURCE_GROUPS + 5 }, (_, i) =>
      candidate({ upr: { cycle: 4, session: 41 + (i % 14) }, stateUnderReview: i < 14 ? 'TKM' : 'NOR' }),
    );

    expect(sourceGroupsOf(sessions)).toHaveLength(MAX_SOURCE_GROUPS);
  });
});
