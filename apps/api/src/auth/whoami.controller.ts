import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTHENTICATED_PROBLEMS, ProblemResponses } from '../http/problem-responses.decorator';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { WhoamiResponse } from './whoami.response';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('whoami')
export class WhoamiController {
  @Get()
  @ApiOperation({
    summary:
      'Who the bearer token belongs to: lets an operator check a token, its roles and its institution.',
  })
  @ApiOkResponse({ type: WhoamiResponse })
  @ProblemResponses(...AUTHENTICATED_PROBLEMS)
  whoami(@CurrentUser() user: AuthenticatedUser): WhoamiResponse {
    return { id: user.id, roles: [...user.roles], institution: user.institution ?? null };
  }
}
