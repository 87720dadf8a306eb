/** Every problem code a route can answer, with its status and when: the OpenAPI text and docs/api.md say the same. */
export const PROBLEM_CATALOGUE = {
  VALIDATION_FAILED: [
    400,
    'bad JSON, an unknown, missing, null or out-of-range field, query value or header',
  ],
  BAD_REQUEST: [400, 'a URL the server cannot read (a broken % escape)'],
  'PROJECTION.POSITION_BEYOND_LOG': [400, '?consistentWith= names a position beyond the end of the log'],
  UNAUTHENTICATED: [401, 'no bearer token, or one that matches no user'],
  FORBIDDEN: [403, 'the caller holds no role that may call the route'],
  'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE': [
    403,
    "a focal point acting on another institution's report, or on an action their institution neither leads nor supports",
  ],
  CSRF_TOKEN_INVALID: [
    403,
    'a change sent with the workspace session cookie lacks its X-CSRF-Token (bearer calls need none)',
  ],
  NOT_FOUND: [404, 'no such route'],
  'RECOMMENDATION.NOT_FOUND': [404, 'no recommendation has this id'],
  'RECOMMENDATION.REVISION_NOT_FOUND': [404, '?revision= beyond the last revision'],
  'PLAN.NOT_FOUND': [404, 'no plan has this id (in the path)'],
  'ACTION.NOT_FOUND': [404, 'no action has this id (in the path)'],
  'PROGRESS_REPORT.NOT_FOUND': [
    404,
    "no progress report has this id, or (to a focal point) it is another institution's",
  ],
  'AUDIT.STREAM_NOT_FOUND': [404, '?stream= names a stream with no events'],
  'PROJECTION.NOT_FOUND': [404, 'no projection has this name'],
  'IMPORT.NOT_FOUND': [404, 'no import has this id'],
  'IMPORT.UNKNOWN_PROFILE': [400, 'the import profile is not upr-info, uhri or template'],
  'IMPORT.UNSUPPORTED_FORMAT': [400, 'the file is not CSV or XLSX'],
  'IMPORT.WRONG_HEADER': [400, "the header lacks the profile's required columns (missingColumns)"],
  'IMPORT.MALFORMED_CSV': [400, 'a quoted CSV field is not closed'],
  'IMPORT.XLSX_FORMULA': [400, 'the workbook has a formula (cell)'],
  'IMPORT.XLSX_MACROS': [400, 'the workbook has macros'],
  'IMPORT.UNREADABLE_XLSX': [400, 'the workbook cannot be unpacked'],
  'IMPORT.TOO_MANY_ROWS': [400, 'the file has more than 50,000 data rows'],
  'IMPORT.FILE_TOO_LARGE': [413, 'the file is over 20 MiB'],
  CONCURRENCY_CONFLICT: [409, 'If-Match names a revision the stream has moved on from'],
  'RECOMMENDATION.DUPLICATE_REFERENCE': [409, 'another recommendation has this reference'],
  'PLAN.ALREADY_EXISTS': [409, 'a plan with this id is registered'],
  'PROJECTION.REBUILD_IN_PROGRESS': [409, 'a rebuild of this projection is running'],
  PAYLOAD_TOO_LARGE: [413, 'a body over 1 MiB'],
  URI_TOO_LONG: [414, 'a path id or the URL is too long'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'a body that is not application/json'],
  'RECOMMENDATION.INVALID_TRANSITION': [422, 'the command is not allowed in the current status'],
  'RECOMMENDATION.RATIONALE_REQUIRED': [
    422,
    'the rationale (unless a sourceResponse is given), reason or assessment is blank',
  ],
  'RECOMMENDATION.EFFECTIVE_DATE_IN_FUTURE': [422, 'the effectiveDate is after today'],
  'RECOMMENDATION.POSITION_NOT_SUPPORTED': [
    422,
    'only a supported or partially supported one goes in a plan',
  ],
  'RECOMMENDATION.TRANSLATION_IN_ORIGINAL_LANGUAGE': [
    422,
    'the translation is in the language of the original text',
  ],
  'PLAN.UNKNOWN': [422, 'the planId in the body names no plan'],
  'PLAN.TARGET_OUTSIDE_PERIOD': [422, "the target date is outside the plan's period"],
  'PLAN.INVALID_PERIOD': [422, 'the period ends before it starts'],
  'PROGRESS_REPORT.INVALID_TRANSITION': [422, "the command is not allowed in the report's status"],
  'PROGRESS_REPORT.ACTION_CLOSED': [422, 'the action is completed or cancelled: it takes no new reports'],
  'PROGRESS_REPORT.INSTITUTION_NOT_RESPONSIBLE': [
    422,
    'the institutionId the secretariat named neither leads nor supports the action',
  ],
  'PROGRESS_REPORT.INVALID_PERIOD': [422, 'the reporting period ends before it starts'],
  'PROGRESS_REPORT.INDICATOR_VALUE_INVALID': [
    422,
    'a value for an indicator the action does not have, or two for one indicator',
  ],
  'PROGRESS_REPORT.TEXT_REQUIRED': [422, "the report's narrative or the return's comment is blank"],
  IDEMPOTENCY_KEY_REUSED: [422, 'the Idempotency-Key was used with another request'],
  RATE_LIMITED: [429, 'too many requests, or failed sign-ins, from this token or address; see Retry-After'],
  HEADERS_TOO_LARGE: [431, 'the request headers are too large'],
  STORE_UNAVAILABLE: [503, 'the event store is closed or unreachable'],
  PROJECTION_BEHIND: [504, 'the read models did not reach ?consistentWith= in time'],
} as const satisfies Record<string, readonly [number, string]>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;
export type ProblemStatus = (typeof PROBLEM_CATALOGUE)[ProblemCode][0];

/** The code a bare status stands for on any route: the generic one, where the status has one. */
export const GENERIC_CODE: Partial<Record<ProblemStatus, ProblemCode>> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  503: 'STORE_UNAVAILABLE',
  504: 'PROJECTION_BEHIND',
};
