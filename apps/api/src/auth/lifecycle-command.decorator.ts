import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { rolesFor, type CommandName } from '@app/recommendations';

export const LIFECYCLE_COMMAND = 'auth:lifecycle-command';

/** The route runs this command; who may is read from the lifecycle table, never restated here. */
export const LifecycleCommand = (command: CommandName) =>
  applyDecorators(
    SetMetadata(LIFECYCLE_COMMAND, command),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      description: 'No bearer token, or one that matches no user (UNAUTHENTICATED)',
    }),
    ApiForbiddenResponse({ description: `Allowed roles: ${rolesFor(command).join(', ')} (FORBIDDEN)` }),
  );
