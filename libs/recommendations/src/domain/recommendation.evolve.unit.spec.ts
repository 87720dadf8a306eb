import { deciderSpec } from '@app/testing';
import { UnexpectedEventError } from './domain.errors';
import { evolve, initialState, recommendationDecider } from './recommendation.decider';
import { RECOMMENDATION_ID, decided, historyTo } from './recommendation.fixtures';
import type { RecommendationEvent } from './recommendation.events';
import type { RecommendationState } from './recommendation.state';

const recommendation = deciderSpec(recommendationDecider);

const proposal = {
  id: RECOMMENDATION_ID,
  reference: 'UNCT-2021-01',
  text: 'Strengthen the generation and publication of disaggregated data.',
  language: 'en',
  source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNCT' }], date: '2021-03-24' },
  themes: ['Data generation', 'Statistics'],
  sdgTargets: ['17.18', '16.10'],
  affectedGroups: ['General'],
  meetingRef: 'Inter-agency Commission, 24 March 2021',
} as const;

const review = { reviewDueDate: '2021-05-31', reviewMeetingRef: 'Inter-agency Commission, May 2021' };
const decision = {
  position: 'supported',
  rationale: 'Consistent with the national statistics development strategy.',
};
const plan = {
  planId: 'NHRAP-2021-2025',
  actionRef: 'Task 1.4',
  responsibleInstitutions: ['State Committee on Statistics'],
  targetDate: '2024-12-31',
};
const progress = {
  status: 'in_progress',
  narrative: 'Survey instruments revised with UNFPA support.',
  period: '2022',
};

describe('evolve', () => {
  it('starts from no recommendation', () => {
    expect(initialState).toStrictEqual({ status: 'none' });
  });

  it('folds a full lifecycle into the implemented record with its plan, progress and assessment', () => {
    const history = [...historyTo.planned, decided.reportProgress, decided.markImplemented];

    expect(recommendation.given(history).state()).toStrictEqual({
      ...proposal,
      ...review,
      ...decision,
      status: 'implemented',
      plan,
      progress,
      implementation: {
        assessment: 'Disaggregated indicators published on the national SDG platform.',
        evidence: ['https://example.org/sdg-platform'],
      },
    });
  });

  it('keeps the latest progress report only', () => {
    const later: RecommendationEvent = {
      type: 'ProgressReported',
      data: { status: 'stalled', narrative: 'Funding delayed.' },
    };

    expect(recommendation.given([...historyTo.planned, decided.reportProgress, later]).state()).toMatchObject(
      {
        status: 'planned',
        progress: { status: 'stalled', narrative: 'Funding delayed.' },
      },
    );
  });

  it('applies an amendment over the proposal', () => {
    expect(recommendation.given([decided.propose, decided.amend]).state()).toStrictEqual({
      ...proposal,
      status: 'proposed',
      themes: ['Statistics'],
      sdgTargets: ['17.18'],
    });
  });

  it('forgets the position when a review is reopened, with the new due date and no old meeting', () => {
    expect(recommendation.given([...historyTo.reviewed, decided.reopenReview]).state()).toStrictEqual({
      ...proposal,
      status: 'under_review',
      reviewDueDate: '2021-09-30',
    });
  });

  it('remembers where a recommendation was withdrawn from', () => {
    expect(recommendation.given([...historyTo.under_review, decided.withdraw]).state()).toStrictEqual({
      ...proposal,
      ...review,
      status: 'withdrawn',
      withdrawnFrom: 'under_review',
      reason: 'Superseded by UNCT-2021-07.',
    });
  });

  it('keeps the plan link of an archived planned recommendation', () => {
    expect(recommendation.given([...historyTo.planned, decided.archive]).state()).toStrictEqual({
      ...proposal,
      ...review,
      ...decision,
      status: 'archived',
      archivedFrom: 'planned',
      plan,
      reason: 'Closed at the end of the cycle.',
    });
  });

  it('does not change the state it is given', () => {
    const before = recommendation.given(historyTo.proposed).state();
    const snapshot = structuredClone(before);

    evolve(before, decided.scheduleReview);

    expect(before).toStrictEqual(snapshot);
  });

  it.each<[string, RecommendationState['status'], RecommendationEvent]>([
    ['a position before any review', 'proposed', decided.recordPosition],
    ['a second proposal', 'proposed', decided.propose],
    ['an amendment of a reviewed recommendation', 'reviewed', decided.amend],
    ['a plan link on a withdrawn recommendation', 'withdrawn', decided.reflectInPlan],
  ])('refuses a stream with %s', (_case, status, event) => {
    const state = recommendation.given(historyTo[status]).state();

    expect(() => evolve(state, event)).toThrow(UnexpectedEventError);
    expect(() => evolve(state, event)).toThrow(expect.objectContaining({ status, eventType: event.type }));
  });

  it('refuses any event before the proposal', () => {
    expect(() => evolve(initialState, decided.scheduleReview)).toThrow(
      expect.objectContaining({
        code: 'DOMAIN.UNEXPECTED_EVENT',
        status: 'none',
        eventType: 'ReviewScheduled',
      }),
    );
  });
});
