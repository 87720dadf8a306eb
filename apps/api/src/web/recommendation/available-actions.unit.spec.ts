import {
  LIFECYCLE_ROWS,
  RECOMMENDATION_STATUSES,
  ROLES,
  mayRun,
  type PositionState,
  type RecommendationStatus,
  type Role,
} from '@app/recommendations';
import { availableActions } from './available-actions';

const EXISTING = RECOMMENDATION_STATUSES.filter((status) => status !== 'none');
const offered = (status: RecommendationStatus, roles: Role[], position: PositionState | null = null) =>
  availableActions({ status, position }, roles);

describe('the actions a recommendation page offers', () => {
  it('gives the secretariat, on a proposal, amend, schedule review, withdraw, correct and add translation', () => {
    expect(offered('proposed', ['secretariat'])).toEqual([
      'amend',
      'scheduleReview',
      'withdraw',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
    ]);
  });

  it('gives a reviewer nothing on a proposal, and the decisions on one under review', () => {
    expect(offered('proposed', ['reviewer'])).toEqual([]);
    expect(offered('under_review', ['reviewer'])).toEqual(['recordPosition', 'deferResponse']);
    expect(offered('under_review', ['secretariat'])).toEqual([
      'withdraw',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
    ]);
  });

  it('gives an administrator what the secretariat and reviewers may do together', () => {
    expect(offered('under_review', ['admin'])).toEqual([
      'recordPosition',
      'deferResponse',
      'withdraw',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
    ]);
  });

  it('offers reflecting in a plan only for a supported or partially supported position, as the table says', () => {
    const reviewed = [
      'reopenReview',
      'reflectInPlan',
      'archive',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
      'recordMechanismAssessment',
    ];
    expect(offered('reviewed', ['secretariat'], 'supported')).toEqual(reviewed);
    expect(offered('reviewed', ['secretariat'], 'partially_supported')).toEqual(reviewed);
    expect(offered('reviewed', ['secretariat'], 'noted')).toEqual(
      reviewed.filter((command) => command !== 'reflectInPlan'),
    );
  });

  it('follows a planned recommendation: progress and the plan link for the secretariat, implementation for reviewers', () => {
    expect(offered('planned', ['secretariat'], 'supported')).toEqual([
      'updatePlanLink',
      'reportProgress',
      'archive',
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
      'recordMechanismAssessment',
    ]);
    expect(offered('planned', ['reviewer'], 'supported')).toEqual(['markImplemented']);
    expect(offered('withdrawn', ['secretariat'])).toEqual([
      'correct',
      'addTranslation',
      'linkRecommendation',
      'unlinkRecommendation',
    ]);
    expect(offered('archived', ['reviewer'], 'noted')).toEqual([]);
  });

  it('offers auditors and reporting staff nothing, whatever the status', () => {
    for (const status of EXISTING) {
      expect(offered(status, ['auditor', 'reporter'], 'supported')).toEqual([]);
    }
  });

  it('offers, for every status and role, exactly the rows whose status and roles allow them', () => {
    for (const status of EXISTING) {
      for (const role of ROLES) {
        const expected = LIFECYCLE_ROWS.filter(
          (row) =>
            row.command !== 'propose' &&
            // Evidence has a form of its own (a file upload), beside the actions; so has publication.
            row.command !== 'attachEvidence' &&
            row.command !== 'publish' &&
            row.command !== 'unpublish' &&
            row.from.includes(status) &&
            mayRun([role], row.command) &&
            row.requiresPosition === undefined,
        ).map((row) => row.command);
        // With a noted position no row that needs a supported one is offered.
        expect(offered(status, [role], 'noted')).toEqual(expected);
      }
    }
  });
});
