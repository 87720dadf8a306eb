import {
  DomainError,
  DuplicateReferenceError,
  InvalidPlanPeriodError,
  InvalidTransitionError,
  PlanAlreadyExistsError,
  PlanNotFoundError,
  PlanUnknownError,
  PositionNotSupportedError,
  RationaleRequiredError,
  RecommendationNotFoundError,
  TargetOutsidePeriodError,
  UnexpectedEventError,
} from './domain.errors';

describe('domain errors', () => {
  it.each<[DomainError, string, string, Record<string, unknown>]>([
    [
      new InvalidTransitionError('archived', 'withdraw'),
      'InvalidTransitionError',
      'RECOMMENDATION.INVALID_TRANSITION',
      { recommendationStatus: 'archived', command: 'withdraw' },
    ],
    [
      new RecommendationNotFoundError('r-1'),
      'RecommendationNotFoundError',
      'RECOMMENDATION.NOT_FOUND',
      { recommendationId: 'r-1' },
    ],
    [
      new DuplicateReferenceError('UNCT-2021-01', 'r-1'),
      'DuplicateReferenceError',
      'RECOMMENDATION.DUPLICATE_REFERENCE',
      { reference: 'UNCT-2021-01', existingRecommendationId: 'r-1' },
    ],
    [
      new DuplicateReferenceError('UNCT-2021-01'),
      'DuplicateReferenceError',
      'RECOMMENDATION.DUPLICATE_REFERENCE',
      { reference: 'UNCT-2021-01' },
    ],
    [
      new PositionNotSupportedError('noted'),
      'PositionNotSupportedError',
      'RECOMMENDATION.POSITION_NOT_SUPPORTED',
      { position: 'noted' },
    ],
    [
      new RationaleRequiredError('reason', 'archive'),
      'RationaleRequiredError',
      'RECOMMENDATION.RATIONALE_REQUIRED',
      { field: 'reason', command: 'archive' },
    ],
    [new PlanUnknownError('P'), 'PlanUnknownError', 'PLAN.UNKNOWN', { planId: 'P' }],
    [new PlanNotFoundError('P'), 'PlanNotFoundError', 'PLAN.NOT_FOUND', { planId: 'P' }],
    [new PlanAlreadyExistsError('P'), 'PlanAlreadyExistsError', 'PLAN.ALREADY_EXISTS', { planId: 'P' }],
    [
      new InvalidPlanPeriodError('2025-01-01', '2024-01-01'),
      'InvalidPlanPeriodError',
      'PLAN.INVALID_PERIOD',
      { periodStart: '2025-01-01', periodEnd: '2024-01-01' },
    ],
    [
      new TargetOutsidePeriodError('P', '2030-01-01', '2021-01-01', '2025-12-31'),
      'TargetOutsidePeriodError',
      'PLAN.TARGET_OUTSIDE_PERIOD',
      { planId: 'P', targetDate: '2030-01-01', periodStart: '2021-01-01', periodEnd: '2025-12-31' },
    ],
    [
      new UnexpectedEventError('none', 'ReviewScheduled'),
      'UnexpectedEventError',
      'DOMAIN.UNEXPECTED_EVENT',
      { status: 'none', eventType: 'ReviewScheduled' },
    ],
  ])('%s has a stable code and details for the HTTP edge', (error, name, code, details) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.details()).toStrictEqual(details);
    expect(error.message).not.toBe('');
  });
});
