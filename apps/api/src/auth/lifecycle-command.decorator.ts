import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { rolesFor, type CommandName } from '@app/recommendations';
import { AUTHENTICATED_PROBLEMS, ProblemResponses } from '../http/problem-responses.decorator';

export const LIFECYCLE_COMMAND = 'auth:lifecycle-command';

/** The route runs this command; who may is read from the lifecycle table, never restated here. */
export const LifecycleCommand = (command: CommandName) =>
  applyDecorators(
    SetMetadata(LIFECYCLE_COMMAND, command),
    ApiBearerAuth(),
    ProblemResponses(...AUTHENTICATED_PROBLEMS, {
      status: 403,
      description: `FORBIDDEN: only ${rolesFor(command).join(', ')} may run ${command}`,
    }),
  );
