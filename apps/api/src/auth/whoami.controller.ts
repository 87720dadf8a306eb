import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ROLES } from '@app/recommendations';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('whoami')
export class WhoamiController {
  @Get()
  @ApiOperation({ summary: 'Who the bearer token belongs to: lets an operator check a token and its roles.' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['id', 'roles'],
      properties: {
        id: { type: 'string', example: 'amina' },
        roles: { type: 'array', items: { type: 'string', enum: [...ROLES] }, example: ['secretariat'] },
      },
    },
  })
  @ApiUnauthorizedResponse({ description: 'No bearer token, or one that matches no user (UNAUTHENTICATED)' })
  whoami(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return { id: user.id, roles: user.roles };
  }
}
