import * as config from '@app/config';
import * as errors from '@app/errors';
import * as evidence from '@app/evidence';
import * as eventStore from '@app/event-store';
import * as projections from '@app/projections';
import * as recommendations from '@app/recommendations';
import * as users from '@app/users';
import { RateLimitedError } from './rate-limited.error';
import { ProblemDetailsFilter } from './problem-details.filter';
import { RequestValidationError } from './request-validation.error';

type ErrorClass = abstract new (...args: never[]) => Error;

/** Bases nobody throws as themselves. */
const ABSTRACT_BASES: ErrorClass[] = [
  errors.AppError,
  recommendations.DomainError,
  eventStore.EventStoreError,
  projections.ProjectionError,
];
/** Raised at start or by the CLI only, never while answering a request. */
const NEVER_ANSWERED: ErrorClass[] = [
  config.ConfigError,
  users.UsersFileError,
  users.InvalidUserError,
  users.UserChangeRefusedError,
  eventStore.MalformedExportError,
];

/** One instance of every error a request can meet, with the status and code its caller gets. */
const ANSWERS: Array<[Error, number, string]> = [
  [new RequestValidationError([{ field: 'text', message: 'must be a string' }]), 400, 'VALIDATION_FAILED'],
  [new RateLimitedError(30), 429, 'RATE_LIMITED'],
  [
    new recommendations.InvalidTransitionError('proposed', 'archive'),
    422,
    'RECOMMENDATION.INVALID_TRANSITION',
  ],
  [new recommendations.RecommendationNotFoundError('r'), 404, 'RECOMMENDATION.NOT_FOUND'],
  [new recommendations.RecommendationNotYetProposedError('r', new Date(0)), 404, 'RECOMMENDATION.NOT_FOUND'],
  [new recommendations.DuplicateReferenceError('UPR-1'), 409, 'RECOMMENDATION.DUPLICATE_REFERENCE'],
  // An import row refusal: reported in the import's errors, with the status their kind would have.
  [new recommendations.DuplicateInFileError('UPR-TKM-S16-p1'), 422, 'IMPORT.ROW.DUPLICATE'],
  [new recommendations.PositionNotSupportedError('noted'), 422, 'RECOMMENDATION.POSITION_NOT_SUPPORTED'],
  [
    new recommendations.RationaleRequiredError('reason', 'withdraw'),
    422,
    'RECOMMENDATION.RATIONALE_REQUIRED',
  ],
  [
    new recommendations.EffectiveDateInFutureError('2030-01-01', '2021-06-01'),
    422,
    'RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE',
  ],
  [
    new recommendations.TranslationInOriginalLanguageError('en'),
    422,
    'RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE',
  ],
  [new recommendations.LinkToItselfError('r'), 422, 'RECOMMENDATION.LINK_TO_ITSELF'],
  [new recommendations.LinkTargetUnknownError('r'), 422, 'RECOMMENDATION.LINK_TARGET_UNKNOWN'],
  [new recommendations.LinkExistsError('related', 'r', 's'), 409, 'RECOMMENDATION.LINK_EXISTS'],
  [new recommendations.LinkNotFoundError('related', 'r'), 422, 'RECOMMENDATION.LINK_NOT_FOUND'],
  [
    new recommendations.GradeNotOnScaleError('odihr', 'A', ['fully']),
    422,
    'RECOMMENDATION.GRADE_NOT_ON_SCALE',
  ],
  [
    new recommendations.AssessedOnInFutureError('2030-01-01', '2021-06-01'),
    422,
    'RECOMMENDATION.ASSESSED_ON_IN_FUTURE',
  ],
  [new recommendations.UnexpectedEventError('proposed', 'X'), 500, 'DOMAIN.UNEXPECTED_EVENT'],
  [new recommendations.UnknownEventTypeError('Unknown'), 500, 'EVENT.UNKNOWN_TYPE'],
  [new recommendations.PlanUnknownError('P'), 422, 'PLAN.UNKNOWN'],
  [new recommendations.PlanNotFoundError('P'), 404, 'PLAN.NOT_FOUND'],
  [new recommendations.PlanAlreadyExistsError('P'), 409, 'PLAN.ALREADY_EXISTS'],
  [new recommendations.InvalidPlanPeriodError('2025-01-01', '2021-01-01'), 422, 'PLAN.INVALID_PERIOD'],
  [
    new recommendations.TargetOutsidePeriodError('P', '2030-01-01', '2021-01-01', '2025-12-31'),
    422,
    'PLAN.TARGET_OUTSIDE_PERIOD',
  ],
  [new recommendations.ProgressReportNotFoundError('r'), 404, 'PROGRESS_REPORT.NOT_FOUND'],
  [
    new recommendations.ProgressReportInvalidTransitionError('validated', 'returnProgressReport'),
    422,
    'PROGRESS_REPORT.INVALID_TRANSITION',
  ],
  [new recommendations.ActionClosedForReportsError('a', 'cancelled'), 422, 'PROGRESS_REPORT.ACTION_CLOSED'],
  // About who asks: a focal point outside their institution is forbidden.
  [new recommendations.InstitutionOutOfScopeError('i'), 403, 'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE'],
  [
    new recommendations.InstitutionNotResponsibleError('i', 'a'),
    422,
    'PROGRESS_REPORT.INSTITUTION_NOT_RESPONSIBLE',
  ],
  [
    new recommendations.ReportPeriodInvalidError('2021-02-01', '2021-01-01'),
    422,
    'PROGRESS_REPORT.INVALID_PERIOD',
  ],
  [
    new recommendations.IndicatorValueInvalidError('ind-9', 'unknown'),
    422,
    'PROGRESS_REPORT.INDICATOR_VALUE_INVALID',
  ],
  [
    new recommendations.ReportTextRequiredError('comment', 'returnProgressReport'),
    422,
    'PROGRESS_REPORT.TEXT_REQUIRED',
  ],
  [new recommendations.ActionNotFoundError('a'), 404, 'ACTION.NOT_FOUND'],
  [new recommendations.ActionAlreadyExistsError('a', '2.1'), 409, 'ACTION.ALREADY_EXISTS'],
  [
    new recommendations.ActionInvalidTransitionError('completed', 'startAction'),
    422,
    'ACTION.INVALID_TRANSITION',
  ],
  [
    new recommendations.ActionJustificationRequiredError('reason', 'delayAction'),
    422,
    'ACTION.JUSTIFICATION_REQUIRED',
  ],
  [
    new recommendations.ActionDatesOutOfOrderError('2022-01-01', '2021-01-01'),
    422,
    'ACTION.DATES_OUT_OF_ORDER',
  ],
  [new recommendations.InstitutionUnknownError(['x']), 422, 'INSTITUTION.UNKNOWN'],
  [new recommendations.LeadAlsoSupportingError('x'), 422, 'ACTION.LEAD_ALSO_SUPPORTING'],
  [new recommendations.RecommendationsUnknownError(['r']), 422, 'ACTION.UNKNOWN_RECOMMENDATIONS'],
  [new recommendations.IndicatorAlreadyDefinedError('i'), 409, 'ACTION.INDICATOR_EXISTS'],
  [new recommendations.IndicatorNotFoundError('i'), 404, 'ACTION.INDICATOR_NOT_FOUND'],
  [new recommendations.InvalidReportingFrequencyError(0), 422, 'ACTION.INVALID_FREQUENCY'],
  [new recommendations.InstitutionAlreadyExistsError('x'), 409, 'INSTITUTION.ALREADY_EXISTS'],
  [new recommendations.InstitutionNotFoundError('x'), 404, 'INSTITUTION.NOT_FOUND'],
  [new recommendations.ConcurrencyConflictError('s', 1n, 2n), 409, 'CONCURRENCY_CONFLICT'],
  [new recommendations.IdempotencyKeyReusedError('k'), 422, 'IDEMPOTENCY_KEY_REUSED'],
  [new recommendations.RevisionNotFoundError('r', 9n, 2n), 404, 'RECOMMENDATION.REVISION_NOT_FOUND'],
  [new recommendations.AuditStreamNotFoundError('s'), 404, 'AUDIT.STREAM_NOT_FOUND'],
  [new eventStore.WrongExpectedVersionError('s', 1n, 2n), 409, 'EVENT_STORE.WRONG_EXPECTED_VERSION'],
  [new eventStore.InvalidAppendError('bad'), 400, 'EVENT_STORE.INVALID_APPEND'],
  [new eventStore.StoreClosedError(), 503, 'STORE_UNAVAILABLE'],
  [new eventStore.StoreUnavailableError('down'), 503, 'STORE_UNAVAILABLE'],
  [new projections.ProjectionNotFoundError('p'), 404, 'PROJECTION.NOT_FOUND'],
  [new projections.RebuildInProgressError('p', 'pid 1'), 409, 'PROJECTION.REBUILD_IN_PROGRESS'],
  [new projections.ProjectionBehindError('p', 9n, 2n), 504, 'PROJECTION_BEHIND'],
  [new projections.PositionBeyondLogError(9n, 2n), 400, 'PROJECTION.POSITION_BEYOND_LOG'],
  [new projections.CheckpointMovedError('p', 1n, 2n), 409, 'PROJECTION.CHECKPOINT_MOVED'],
  [new recommendations.EvidenceRequiredError(), 400, 'EVIDENCE.REQUIRED'],
  [new recommendations.EvidenceFileInvalidError('a.pdf', 'size'), 400, 'EVIDENCE.INVALID_FILE'],
  [new evidence.EvidenceTooLargeError('a.pdf', 1), 413, 'EVIDENCE.FILE_TOO_LARGE'],
  [new evidence.EvidenceTypeNotAcceptedError('a.pdf'), 415, 'EVIDENCE.UNSUPPORTED_TYPE'],
  [new evidence.EvidenceNotFoundError('a'), 404, 'EVIDENCE.NOT_FOUND'],
  [new evidence.EvidenceFileMissingError('a'), 500, 'EVIDENCE.FILE_MISSING'],
  [new evidence.EvidenceFileAlteredError('a'), 500, 'EVIDENCE.FILE_ALTERED'],
];

const errorClassesOf = (library: object): ErrorClass[] =>
  Object.values(library).filter(
    (value): value is ErrorClass => typeof value === 'function' && value.prototype instanceof Error,
  );

describe('the status of every error class', () => {
  const filter = new ProblemDetailsFilter();

  it('given every error class the libraries export, then each one has its answer listed here', () => {
    const exported = [config, errors, evidence, eventStore, projections, recommendations, users].flatMap(
      errorClassesOf,
    );
    const answered = new Set(ANSWERS.map(([error]) => error.constructor));
    const unlisted = exported
      .filter((cls) => !ABSTRACT_BASES.includes(cls) && !NEVER_ANSWERED.includes(cls) && !answered.has(cls))
      .map((cls) => cls.name);
    expect(unlisted).toEqual([]);
  });

  it('given an error a request can meet, then it is an AppError with a kind, never a bare Error', () => {
    for (const [error] of ANSWERS) {
      expect([error.constructor.name, error instanceof errors.AppError]).toEqual([
        error.constructor.name,
        true,
      ]);
    }
  });

  it.each(ANSWERS)('given %p, then the caller gets %i %s', (error, status, code) => {
    expect(filter.toProblem(error)).toMatchObject({ status, code, type: `urn:problem:${code}` });
  });

  it('given an unknown error, then 500 INTERNAL with no text of its own', () => {
    const problem = filter.toProblem(new TypeError('secret /path/file.ts:12'));
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(JSON.stringify(problem)).not.toMatch(/secret|path/);
  });

  it('given a raw outage of SQLite or EventStoreDB, then 503 STORE_UNAVAILABLE without the driver text', () => {
    const busy = Object.assign(new Error('database is locked'), { name: 'SqliteError', code: 'SQLITE_BUSY' });
    const closed = new TypeError('The database connection is not open');
    const grpcDown = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    for (const outage of [busy, closed, grpcDown]) {
      const problem = filter.toProblem(outage);
      expect(problem).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
      expect(JSON.stringify(problem)).not.toMatch(/database|SQLITE|UNAVAILABLE:/);
    }
  });
});
