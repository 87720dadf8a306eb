import { jsonMatching } from '@app/testing';
import type { RecommendationEvent } from '../domain';
import { EARLIER_ID, RECOMMENDATION_ID, decided } from '../domain/recommendation.fixtures';
import { hour, lifecycleAfter, row, toReviewed } from './lifecycle-projection.fixtures';

const odihr: RecommendationEvent = {
  type: 'MechanismAssessmentRecorded',
  data: { scale: 'odihr', grade: 'partially', assessedBy: 'OSCE/ODIHR', assessedOn: '2022-01-10' },
};

describe('recommendation lifecycle projection: links and mechanisms assessments', () => {
  it('RecommendationLinked: one row, declared by this recommendation, naming the other', () => {
    lifecycleAfter([decided.propose, decided.linkRecommendation]).then({
      recommendation_links: [
        { from_id: RECOMMENDATION_ID, kind: 'carried_over_from', to_id: EARLIER_ID, linked_at: hour(1) },
      ],
    });
  });

  it('RecommendationUnlinked: the row is gone', () => {
    lifecycleAfter([decided.propose, decided.linkRecommendation, decided.unlinkRecommendation]).then({
      recommendation_links: [],
    });
  });

  it('MechanismAssessmentRecorded: kept apart from the State assessment; the latest by its date is the grade', () => {
    lifecycleAfter([...toReviewed, decided.recordMechanismAssessment, odihr]).then({
      recommendations: [
        row({
          status: 'reviewed',
          position: 'supported',
          review_due_date: '2021-05-31',
          revision: 4,
          updated_at: hour(4),
          mechanism_grade: 'B1',
          view: jsonMatching({
            mechanismAssessments: [
              { ...decided.recordMechanismAssessment.data, recordedAt: hour(3) },
              { ...odihr.data, recordedAt: hour(4) },
            ],
          }),
        }),
      ],
    });
  });
});
