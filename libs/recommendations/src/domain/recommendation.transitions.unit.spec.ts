import { deciderSpec } from '@app/testing';
import { InvalidTransitionError, RecommendationNotFoundError } from './domain.errors';
import { LIFECYCLE_ROWS, SAME_STATUS } from './lifecycle.table';
import { RECOMMENDATION_ID, command, decided, historyFor } from './recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import { RECOMMENDATION_STATUSES } from './recommendation.state';

const recommendation = deciderSpec(recommendationDecider);

describe.each(LIFECYCLE_ROWS)('lifecycle row $command', (row) => {
  it.each(row.from)(`from %s: appends exactly ${row.eventType} and moves to ${row.to}`, (from) => {
    const after = recommendation
      .given(historyFor(from, row.command))
      .when(command[row.command])
      .then([decided[row.command]]);

    expect(decided[row.command].type).toBe(row.eventType);
    expect(after.status).toBe(row.to === SAME_STATUS ? from : row.to);
  });

  const refusing = RECOMMENDATION_STATUSES.filter(
    (status) => status !== 'none' && !(row.from as readonly string[]).includes(status),
  );

  if (refusing.length > 0)
    it.each(refusing)(`from %s: refuses ${row.command} naming the status and the command`, (status) => {
      const error = recommendation
        .given(historyFor(status, row.command))
        .when(command[row.command])
        .thenThrows(InvalidTransitionError, {
          code: 'RECOMMENDATION.INVALID_TRANSITION',
          status,
          command: row.command,
        });

      expect(error.details()).toEqual({ recommendationStatus: status, command: row.command });
    });

  if (row.command !== 'propose') {
    it(`on a recommendation that does not exist: ${row.command} is NOT_FOUND`, () => {
      recommendation.given([]).when(command[row.command]).thenThrows(RecommendationNotFoundError, {
        code: 'RECOMMENDATION.NOT_FOUND',
        recommendationId: RECOMMENDATION_ID,
      });
    });
  }
});

const EXISTING = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');

describe('the refusal matrix', () => {
  it('refuses exactly the (status, command) pairs the design table leaves out', () => {
    const allowed = RECOMMENDATION_STATUSES.flatMap((status) =>
      LIFECYCLE_ROWS.filter((row) => {
        try {
          recommendationDecider.decide(
            command[row.command],
            recommendation.given(historyFor(status, row.command)).state(),
          );
          return true;
        } catch {
          return false;
        }
      }).map((row) => `${status}:${row.command}`),
    );

    expect(allowed.sort()).toEqual(
      [
        'none:propose',
        'proposed:amend',
        'proposed:scheduleReview',
        'proposed:withdraw',
        'under_review:recordPosition',
        'under_review:deferResponse',
        'under_review:withdraw',
        'reviewed:reopenReview',
        'reviewed:reflectInPlan',
        'reviewed:archive',
        'planned:reportProgress',
        'planned:updatePlanLink',
        'planned:markImplemented',
        'planned:archive',
        'implemented:archive',
        ...EXISTING.flatMap((status) => [
          `${status}:correct`,
          `${status}:addTranslation`,
          `${status}:linkRecommendation`,
          `${status}:unlinkRecommendation`,
          `${status}:attachEvidence`,
        ]),
        ...['reviewed', 'planned', 'implemented', 'archived'].map(
          (status) => `${status}:recordMechanismAssessment`,
        ),
        ...EXISTING.filter((status) => status !== 'withdrawn').map((status) => `${status}:publish`),
        ...EXISTING.map((status) => `${status}:unpublish`),
      ].sort(),
    );
  });
});
