import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@app/recommendations';

export const REQUIRED_ROLES = 'auth:roles';

/** Only callers holding one of these roles (or `admin`, who always may) reach the route. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      description: 'No bearer token, or one that matches no user (UNAUTHENTICATED)',
    }),
    ApiForbiddenResponse({
      description: `Allowed roles: ${[...new Set([...roles, 'admin'])].join(', ')} (FORBIDDEN)`,
    }),
  );
