import { jsonMatching } from '@app/testing';
import { RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import {
  HOUR,
  hour,
  reviewer,
  row,
  lifecycleAfter,
  toReviewed,
  transition,
} from './lifecycle-projection.fixtures';

describe('recommendation lifecycle projection: proposal and review', () => {
  it('RecommendationProposed: a row in status proposed, its first transition, its tags and its text index', () => {
    lifecycleAfter([decided.propose]).then({
      recommendations: [
        row({
          status: 'proposed',
          revision: 0,
          updated_at: hour(0),
          view: jsonMatching({ statusSince: hour(0), timeInStatusMs: {}, createdAt: hour(0), seq: '1' }),
        }),
      ],
      recommendation_transitions: [transition(0, null, 'proposed', 'RecommendationProposed')],
      recommendation_tags: [
        { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '16.10' },
        { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '17.18' },
        { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Data generation' },
        { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Statistics' },
      ],
      recommendation_parties: [
        {
          recommendation_id: RECOMMENDATION_ID,
          ordinal: 0,
          name: 'UNCT',
          name_key: 'unct',
          iso3: null,
          regional_group: null,
        },
      ],
      recommendation_search: [
        {
          rowid: 1,
          reference: 'UNCT-2021-01',
          text: 'Strengthen the generation and publication of disaggregated data.',
        },
      ],
    });
  });

  it('RecommendationAmended: the fields and tags change, the status and its clock do not', () => {
    lifecycleAfter([decided.propose, decided.amend]).then({
      recommendations: [
        row({
          status: 'proposed',
          revision: 1,
          updated_at: hour(1),
          view: jsonMatching({
            state: { themes: ['Statistics'] },
            statusSince: hour(0),
            timeInStatusMs: {},
          }),
        }),
      ],
      recommendation_tags: [
        { recommendation_id: RECOMMENDATION_ID, kind: 'sdg', value: '17.18' },
        { recommendation_id: RECOMMENDATION_ID, kind: 'theme', value: 'Statistics' },
      ],
    });
  });

  it('ReviewScheduled: under review with its due date; the hour spent proposed is recorded', () => {
    lifecycleAfter([decided.propose, decided.scheduleReview]).then({
      recommendations: [
        row({
          status: 'under_review',
          review_due_date: '2021-05-31',
          revision: 1,
          updated_at: hour(1),
          view: jsonMatching({ statusSince: hour(1), timeInStatusMs: { proposed: HOUR } }),
        }),
      ],
      recommendation_transitions: [
        transition(0, null, 'proposed', 'RecommendationProposed'),
        transition(1, 'proposed', 'under_review', 'ReviewScheduled'),
      ],
    });
  });

  it('PositionRecorded: reviewed with the position, by the reviewer', () => {
    lifecycleAfter(toReviewed).then({
      recommendations: [
        row({
          status: 'reviewed',
          position: 'supported',
          review_due_date: '2021-05-31',
          revision: 2,
          updated_at: hour(2),
        }),
      ],
      recommendation_transitions: [
        transition(0, null, 'proposed', 'RecommendationProposed'),
        transition(1, 'proposed', 'under_review', 'ReviewScheduled'),
        transition(2, 'under_review', 'reviewed', 'PositionRecorded', reviewer),
      ],
    });
  });

  it('ReviewReopened: back under review, the position cleared, the new due date, both review spells added up', () => {
    lifecycleAfter([...toReviewed, decided.reopenReview]).then({
      recommendations: [
        row({
          status: 'under_review',
          review_due_date: '2021-09-30',
          revision: 3,
          updated_at: hour(3),
          view: jsonMatching({ timeInStatusMs: { proposed: HOUR, under_review: HOUR, reviewed: HOUR } }),
        }),
      ],
    });
  });
});
