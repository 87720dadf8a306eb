import { deciderSpec } from '@app/testing';
import {
  InvalidTransitionError,
  PlanUnknownError,
  PositionNotSupportedError,
  RationaleRequiredError,
  TargetOutsidePeriodError,
} from './domain.errors';
import { LIFECYCLE_ROWS } from './lifecycle.table';
import { recommendationDecider } from './recommendation.decider';
import { NHRAP, RECOMMENDATION_ID, command, decided, historyTo } from './recommendation.fixtures';
import type { RecommendationEvent } from './recommendation.events';

const recommendation = deciderSpec(recommendationDecider);

const reviewedAs = (position: 'supported' | 'partially_supported' | 'noted'): RecommendationEvent[] => [
  decided.propose,
  decided.scheduleReview,
  { type: 'PositionRecorded', data: { position, rationale: 'Discussed at the May meeting.' } },
];

describe('reflectInPlan', () => {
  it.each(['supported', 'partially_supported'] as const)('accepts a %s recommendation', (position) => {
    const after = recommendation
      .given(reviewedAs(position))
      .when(command.reflectInPlan)
      .then([decided.reflectInPlan]);

    expect(after).toMatchObject({ status: 'planned', position, plan: decided.reflectInPlan.data });
  });

  it('refuses a noted recommendation: it stays tracked but is not planned', () => {
    recommendation
      .given(reviewedAs('noted'))
      .when(command.reflectInPlan)
      .thenThrows(PositionNotSupportedError, {
        code: 'RECOMMENDATION.POSITION_NOT_SUPPORTED',
        position: 'noted',
      });
  });

  it('lets a noted recommendation be reopened, supported and then planned', () => {
    const history = [
      ...reviewedAs('noted'),
      decided.reopenReview,
      { type: 'PositionRecorded', data: { position: 'supported', rationale: 'Census results.' } },
    ] satisfies RecommendationEvent[];

    recommendation.given(history).when(command.reflectInPlan).then([decided.reflectInPlan]);
  });

  it('refuses a plan the handler could not find', () => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...command.reflectInPlan, planId: 'NHRAP-2030', plan: undefined })
      .thenThrows(PlanUnknownError, { code: 'PLAN.UNKNOWN', planId: 'NHRAP-2030' });
  });

  it.each(['2020-12-31', '2026-01-01'])(
    'refuses target date %s outside 2021-01-01..2025-12-31',
    (targetDate) => {
      recommendation
        .given(historyTo.reviewed)
        .when({ ...command.reflectInPlan, targetDate })
        .thenThrows(TargetOutsidePeriodError, {
          code: 'PLAN.TARGET_OUTSIDE_PERIOD',
          planId: NHRAP.id,
          targetDate,
          periodStart: '2021-01-01',
          periodEnd: '2025-12-31',
        });
    },
  );

  it.each(['2021-01-01', '2025-12-31'])('accepts target date %s on the edge of the period', (targetDate) => {
    recommendation
      .given(historyTo.reviewed)
      .when({ ...command.reflectInPlan, targetDate })
      .then([{ ...decided.reflectInPlan, data: { ...decided.reflectInPlan.data, targetDate } }]);
  });

  it('checks the position before the plan', () => {
    recommendation
      .given(reviewedAs('noted'))
      .when({ ...command.reflectInPlan, plan: undefined })
      .thenThrows(PositionNotSupportedError);
  });
});

describe('decisions need a reason', () => {
  const decisions = LIFECYCLE_ROWS.filter((row) => row.justification !== undefined);

  it('covers the six decisions of the design, and corrections', () => {
    expect(decisions.map((row) => [row.command, row.justification])).toEqual([
      ['recordPosition', 'rationale'],
      ['deferResponse', 'reason'],
      ['reopenReview', 'reason'],
      ['markImplemented', 'assessment'],
      ['withdraw', 'reason'],
      ['archive', 'reason'],
      ['correct', 'reason'],
    ]);
  });

  describe.each(decisions)('$command', ({ command: name, justification, from }) => {
    it.each(['', '   \n\t'])(`refuses an empty or blank ${justification} (%j)`, (blank) => {
      recommendation
        .given(historyTo[from[0]])
        .when({ ...command[name], [justification as string]: blank })
        .thenThrows(RationaleRequiredError, {
          code: 'RECOMMENDATION.RATIONALE_REQUIRED',
          field: justification,
          command: name,
        });
    });
  });

  it('reports a wrong status before a missing reason', () => {
    recommendation
      .given(historyTo.archived)
      .when({ ...command.withdraw, reason: '' })
      .thenThrows(InvalidTransitionError, { status: 'archived', command: 'withdraw' });
  });
});

describe('propose', () => {
  it('defaults the language to en and leaves unset optional fields out of the payload', () => {
    const { language: _language, meetingRef: _meetingRef, ...bare } = command.propose;
    const { language: _l, meetingRef: _m, ...expected } = decided.propose.data;

    recommendation
      .given([])
      .when({
        ...bare,
        source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'UPR' }], document: undefined },
      })
      .then([
        {
          type: 'RecommendationProposed',
          data: {
            ...expected,
            language: 'en',
            source: { mechanism: { kind: 'upr' }, recommendingParties: [{ name: 'UPR' }] },
          },
        },
      ]);
  });

  it('refuses to propose the same recommendation twice', () => {
    recommendation
      .given(historyTo.proposed)
      .when(command.propose)
      .thenThrows(InvalidTransitionError, { status: 'proposed', command: 'propose' });
  });
});

describe('amend', () => {
  const amend = { type: 'amend', recommendationId: RECOMMENDATION_ID } as const;

  it('records only the fields that change', () => {
    recommendation
      .given(historyTo.proposed)
      .when({
        ...amend,
        text: 'Publish disaggregated data yearly.',
        themes: ['Data generation', 'Statistics'],
      })
      .then([{ type: 'RecommendationAmended', data: { text: 'Publish disaggregated data yearly.' } }]);
  });

  it('records nothing when nothing changes', () => {
    recommendation
      .given(historyTo.proposed)
      .when({
        ...amend,
        language: 'en',
        source: {
          mechanism: { kind: 'unct' },
          recommendingParties: [{ name: 'UNCT' }],
          date: '2021-03-24',
          paragraph: undefined,
        },
      })
      .then([]);
  });

  it('sees an earlier amendment', () => {
    recommendation
      .given([...historyTo.proposed, decided.amend])
      .when({ ...amend, themes: ['Statistics'], sdgTargets: ['17.18', '16.10'] })
      .then([{ type: 'RecommendationAmended', data: { sdgTargets: ['17.18', '16.10'] } }]);
  });

  it('replaces the whole source', () => {
    recommendation
      .given(historyTo.proposed)
      .when({ ...amend, source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNFPA' }] } })
      .then([
        {
          type: 'RecommendationAmended',
          data: { source: { mechanism: { kind: 'unct' }, recommendingParties: [{ name: 'UNFPA' }] } },
        },
      ]);
  });
});

describe('optional payload fields', () => {
  it('schedules a review without a meeting', () => {
    recommendation
      .given(historyTo.proposed)
      .when({ ...command.scheduleReview, meetingRef: undefined })
      .then([{ type: 'ReviewScheduled', data: { reviewDueDate: '2021-05-31' } }]);
  });

  it('reports progress and marks implemented without evidence or period', () => {
    recommendation
      .given(historyTo.planned)
      .when({ ...command.reportProgress, period: undefined })
      .then([
        {
          type: 'ProgressReported',
          data: { status: 'in_progress', narrative: command.reportProgress.narrative },
        },
      ]);
    recommendation
      .given(historyTo.planned)
      .when({ ...command.markImplemented, evidence: undefined })
      .then([
        { type: 'RecommendationImplemented', data: { assessment: command.markImplemented.assessment } },
      ]);
  });
});
