import { deciderSpec } from '@app/testing';
import { AssessedOnInFutureError, GradeNotOnScaleError } from './mechanism-assessment.errors';
import { recommendationDecider } from './recommendation.decider';
import { EARLIER_ID, RECOMMENDATION_ID, command, decided, historyTo } from './recommendation.fixtures';
import {
  LinkExistsError,
  LinkNotFoundError,
  LinkTargetUnknownError,
  LinkToItselfError,
} from './recommendation-links.errors';

const recommendation = deciderSpec(recommendationDecider);
const link = command.linkRecommendation;

describe('linkRecommendation', () => {
  it('keeps the declared link, so the same one is refused next time (409, declared here)', () => {
    const after = recommendation.given(historyTo.proposed).when(link).then([decided.linkRecommendation]);
    expect(after).toMatchObject({
      links: [{ kind: 'carried_over_from', otherRecommendationId: EARLIER_ID }],
    });

    recommendation
      .given([...historyTo.proposed, decided.linkRecommendation])
      .when(link)
      .thenThrows(LinkExistsError, { code: 'RECOMMENDATION.LINK_EXISTS', declaredBy: RECOMMENDATION_ID });
  });

  it('refuses the same link read back from the other side (the other declares it towards this one)', () => {
    const other = {
      id: EARLIER_ID,
      links: [{ kind: 'related' as const, otherRecommendationId: RECOMMENDATION_ID }],
    };
    recommendation
      .given(historyTo.proposed)
      .when({ ...link, kind: 'related', other })
      .thenThrows(LinkExistsError, { code: 'RECOMMENDATION.LINK_EXISTS', declaredBy: EARLIER_ID });
  });

  it('allows another kind of link with the same recommendation', () => {
    recommendation
      .given([...historyTo.proposed, decided.linkRecommendation])
      .when({ ...link, kind: 'related' })
      .then([{ type: 'RecommendationLinked', data: { kind: 'related', otherRecommendationId: EARLIER_ID } }]);
  });

  it('refuses a link to itself', () => {
    recommendation
      .given(historyTo.planned)
      .when({
        ...link,
        otherRecommendationId: RECOMMENDATION_ID,
        other: { id: RECOMMENDATION_ID, links: [] },
      })
      .thenThrows(LinkToItselfError, { code: 'RECOMMENDATION.LINK_TO_ITSELF' });
  });

  it('refuses a recommendation the handler could not find', () => {
    recommendation
      .given(historyTo.planned)
      .when({ ...link, other: undefined })
      .thenThrows(LinkTargetUnknownError, {
        code: 'RECOMMENDATION.LINK_TARGET_UNKNOWN',
        recommendationId: EARLIER_ID,
      });
  });
});

describe('unlinkRecommendation', () => {
  it('removes the link, which may then be declared again', () => {
    const after = recommendation
      .given([...historyTo.reviewed, decided.linkRecommendation])
      .when(command.unlinkRecommendation)
      .then([decided.unlinkRecommendation]);
    expect(after).toMatchObject({ links: [] });

    recommendation
      .given([...historyTo.reviewed, decided.linkRecommendation, decided.unlinkRecommendation])
      .when(link)
      .then([decided.linkRecommendation]);
  });

  it('refuses a link this recommendation never declared', () => {
    recommendation
      .given(historyTo.reviewed)
      .when(command.unlinkRecommendation)
      .thenThrows(LinkNotFoundError, {
        code: 'RECOMMENDATION.LINK_NOT_FOUND',
        linkKind: 'carried_over_from',
      });
  });
});

describe('recordMechanismAssessment', () => {
  const assess = command.recordMechanismAssessment;

  it('records an ODIHR grade beside the State assessment, leaving it as it was', () => {
    const after = recommendation
      .given(historyTo.implemented)
      .when({
        ...assess,
        scale: 'odihr',
        grade: 'mostly',
        assessedBy: 'OSCE/ODIHR',
        documentSymbol: undefined,
      })
      .then([
        {
          type: 'MechanismAssessmentRecorded',
          data: { scale: 'odihr', grade: 'mostly', assessedBy: 'OSCE/ODIHR', assessedOn: '2023-07-28' },
        },
      ]);
    expect(after).toMatchObject({ implementation: decided.markImplemented.data });
  });

  it('refuses a grade from another scale, naming the grades of the scale', () => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...assess, grade: 'mostly' })
      .thenThrows(GradeNotOnScaleError, {
        code: 'RECOMMENDATION.GRADE_NOT_ON_SCALE',
        grades: ['A', 'B1', 'B2', 'C', 'D', 'E'],
      });
  });

  it('refuses an assessment dated after the day it is recorded, and takes one dated today', () => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...assess, assessedOn: '2024-01-16' })
      .thenThrows(AssessedOnInFutureError, { code: 'RECOMMENDATION.ASSESSED_ON_IN_FUTURE' });
    recommendation
      .given(historyTo.reviewed)
      .when({ ...assess, assessedOn: '2024-01-15' })
      .then([
        {
          ...decided.recordMechanismAssessment,
          data: { ...decided.recordMechanismAssessment.data, assessedOn: '2024-01-15' },
        },
      ]);
  });
});
