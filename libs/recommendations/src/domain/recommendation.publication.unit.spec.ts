import { deciderSpec } from '@app/testing';
import { InvalidTransitionError } from './domain.errors';
import { recommendationDecider } from './recommendation.decider';
import { RECOMMENDATION_ID, command, decided, historyTo } from './recommendation.fixtures';

const recommendation = deciderSpec(recommendationDecider);
const publish = (rationalePublic: boolean) =>
  ({ type: 'publish', recommendationId: RECOMMENDATION_ID, rationalePublic }) as const;
const published = (rationalePublic: boolean) =>
  ({ type: 'RecommendationPublished', data: { rationalePublic } }) as const;

describe('publish', () => {
  it('records the publication and whether the rationale is public; the state keeps it', () => {
    const after = recommendation
      .given(historyTo.reviewed)
      .when(publish(false))
      .then([published(false)]);
    expect(after).toMatchObject({ status: 'reviewed', publication: { rationalePublic: false } });
  });

  it('records nothing when published again unchanged (a repeated request is harmless)', () => {
    recommendation
      .given([...historyTo.reviewed, published(true)])
      .when(publish(true))
      .then([]);
  });

  it('records a new publication when the rationale is to be shown or hidden instead', () => {
    const after = recommendation
      .given([...historyTo.reviewed, published(true)])
      .when(publish(false))
      .then([published(false)]);
    expect(after).toMatchObject({ publication: { rationalePublic: false } });
  });

  it('keeps the publication through later decisions (reopened, archived)', () => {
    const state = recommendation
      .given([...historyTo.reviewed, published(true), decided.reopenReview])
      .state();
    expect(state).toMatchObject({ status: 'under_review', publication: { rationalePublic: true } });
  });

  it('refuses a withdrawn recommendation', () => {
    recommendation
      .given(historyTo.withdrawn)
      .when(publish(true))
      .thenThrows(InvalidTransitionError, { status: 'withdrawn', command: 'publish' });
  });
});

describe('unpublish', () => {
  it('records the unpublication; the state no longer has a publication', () => {
    const after = recommendation
      .given([...historyTo.planned, published(true)])
      .when(command.unpublish)
      .then([decided.unpublish]);
    expect(after).not.toHaveProperty('publication');
    expect(after.status).toBe('planned');
  });

  it('takes a recommendation withdrawn after it was published off the portal', () => {
    const [proposal, ...rest] = historyTo.withdrawn;
    recommendation
      .given([proposal, published(true), ...rest])
      .when(command.unpublish)
      .then([decided.unpublish]);
  });

  it('records nothing when the recommendation is not published', () => {
    recommendation.given(historyTo.planned).when(command.unpublish).then([]);
    recommendation
      .given([...historyTo.planned, published(true), decided.unpublish])
      .when(command.unpublish)
      .then([]);
  });
});
