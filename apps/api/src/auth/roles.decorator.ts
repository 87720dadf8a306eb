import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '@app/recommendations';
import { AUTHENTICATED_PROBLEMS, ProblemResponses } from '../http/problem-responses.decorator';

export const REQUIRED_ROLES = 'auth:roles';

/** Only callers holding one of these roles (or `admin`, who always may) reach the route. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ProblemResponses(...AUTHENTICATED_PROBLEMS, {
      status: 403,
      description: `FORBIDDEN: only ${[...new Set([...roles, 'admin'])].join(', ')} may call this route`,
    }),
  );
