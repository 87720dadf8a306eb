import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { GENERIC_CODE, PROBLEM_CATALOGUE, type ProblemCode, type ProblemStatus } from './problem-catalogue';
import { ProblemResponse } from './problem.response';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A status stands for its generic code; a code for itself. An override replaces a status's description. */
export type ProblemItem = ProblemStatus | ProblemCode | { status: ProblemStatus; description: string };

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' as const } },
};

function describe(codes: ProblemCode[]): string {
  return codes.map((code) => `${code}: ${PROBLEM_CATALOGUE[code][1]}`).join('; ');
}

/** Groups the route's problems by status, in ascending order, with every code each may carry. */
function byStatus(items: ProblemItem[]): Map<ProblemStatus, string> {
  const codes = new Map<ProblemStatus, ProblemCode[]>();
  const overrides = new Map<ProblemStatus, string>();
  for (const item of items) {
    if (typeof item === 'object') overrides.set(item.status, item.description);
    else if (typeof item === 'number') {
      const generic = GENERIC_CODE[item];
      codes.set(item, [...(codes.get(item) ?? []), ...(generic ? [generic] : [])]);
    } else {
      const status = PROBLEM_CATALOGUE[item][0];
      codes.set(status, [...(codes.get(status) ?? []), item]);
    }
  }
  const statuses = [...new Set([...codes.keys(), ...overrides.keys()])].sort((a, b) => a - b);
  return new Map(
    statuses.map((status) => [status, overrides.get(status) ?? describe([...new Set(codes.get(status))])]),
  );
}

/** The error statuses a route can answer, each as problem+json with the codes it may carry, in one line. */
export const ProblemResponses = (...items: ProblemItem[]) =>
  applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...[...byStatus(items)].map(([status, description]) =>
      ApiResponse({
        status,
        description,
        headers: status === 429 ? RETRY_AFTER : undefined,
        content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
      }),
    ),
  );

/** What every route that needs a token can answer besides its own problems. */
export const AUTHENTICATED_PROBLEMS = [401, 429, 431, 503] as const;

/** What every route taking a JSON body can answer besides its own problems. */
export const BODY_PROBLEMS = [400, 413, 415] as const;

/** The read-model routes: a bad query value, or read models that did not catch up with ?consistentWith=. */
export const READ_MODEL_PROBLEMS = [400, 'PROJECTION.POSITION_BEYOND_LOG', 504] as const;

export const CorrelationHeader = () =>
  ApiHeader({
    name: 'X-Correlation-Id',
    required: false,
    description: "Stored as the events' correlationId (at most 200 characters); the request id otherwise",
  });
