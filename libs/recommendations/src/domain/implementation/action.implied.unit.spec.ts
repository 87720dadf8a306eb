import { actionDecider } from './action.decider';
import {
  decidingOnImplied,
  linkedByPlan,
  linkingByPlan,
  materialised,
  unlinkedByPlan,
} from './action.implied';
import { ACTION_ID, PLAN_ID, actionCommand, historyTo } from './action.fixtures';
import { initialActionState } from './action.state';
import { fold } from '../decider';

const implied = materialised({
  actionId: ACTION_ID,
  planId: PLAN_ID,
  number: '2.1.3',
  recommendationIds: ['rec-1'],
});

describe('actions implied by version-1 plan links', () => {
  it('materialise with the first command on them, stored before its decision', () => {
    const decide = decidingOnImplied(implied, (state) =>
      actionDecider.decide(actionCommand.startAction, state),
    );

    expect(decide(initialActionState)).toStrictEqual([...implied, { type: 'ActionStarted', data: {} }]);
  });

  it('store nothing when the decision records nothing, and are not repeated once the stream exists', () => {
    const link = { ...actionCommand.linkRecommendations, recommendationIds: ['rec-1'] };
    expect(decidingOnImplied(implied, (s) => actionDecider.decide(link, s))(initialActionState)).toEqual([]);
    const state = fold(actionDecider, historyTo.planned);
    expect(
      decidingOnImplied(implied, (s) => actionDecider.decide(actionCommand.startAction, s))(state),
    ).toEqual([{ type: 'ActionStarted', data: {} }]);
  });
});

describe('links made by reflecting in a plan', () => {
  const link = { actionId: ACTION_ID, planId: PLAN_ID, number: '2.1.3', recommendationId: 'rec-2' };

  it('create the action titled by its number when it does not exist, then link', () => {
    expect(linkedByPlan(initialActionState, link)).toStrictEqual([
      {
        type: 'ActionCreated',
        data: {
          actionId: ACTION_ID,
          planId: PLAN_ID,
          number: '2.1.3',
          title: '2.1.3',
          supportingInstitutionIds: [],
        },
      },
      { type: 'RecommendationsLinked', data: { recommendationIds: ['rec-2'] } },
    ]);
  });

  it('link to an open action once, and leave a closed one as it is', () => {
    const planned = fold(actionDecider, historyTo.planned);
    expect(linkedByPlan(planned, link)).toEqual([
      { type: 'RecommendationsLinked', data: { recommendationIds: ['rec-2'] } },
    ]);
    expect(linkedByPlan(planned, { ...link, recommendationId: 'rec-1' })).toEqual([]);
    expect(linkedByPlan(fold(actionDecider, historyTo.completed), link)).toEqual([]);
    expect(unlinkedByPlan(planned, 'rec-1')).toEqual([
      { type: 'RecommendationsUnlinked', data: { recommendationIds: ['rec-1'] } },
    ]);
    expect(unlinkedByPlan(planned, 'rec-9')).toEqual([]);
  });
});

describe('a plan link to an implied action', () => {
  it('materialises the action even when the implied events hold the link already', () => {
    const link = { actionId: ACTION_ID, planId: PLAN_ID, number: '2.1.3', recommendationId: 'rec-1' };
    expect(linkingByPlan(implied, link)(initialActionState)).toStrictEqual(implied);
  });
});
