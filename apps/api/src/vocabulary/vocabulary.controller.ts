import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { THEMES } from '@app/recommendations';
import { AUTHENTICATED_PROBLEMS, ProblemResponses } from '../http/problem-responses.decorator';
import { ThemeListResponse } from './theme-list.response';

/** The controlled lists a client offers its users, so what they pick is what the API accepts. */
@ApiTags('vocabulary')
@ApiBearerAuth()
@Controller('vocabulary')
export class VocabularyController {
  @Get('themes')
  @ApiOperation({ summary: 'The controlled themes with their English, Russian and Turkmen names' })
  @ApiOkResponse({ type: ThemeListResponse })
  @ProblemResponses(...AUTHENTICATED_PROBLEMS)
  themes(): ThemeListResponse {
    return { themes: THEMES.map(({ id, en, ru, tk }) => ({ id, en, ru, tk })) };
  }
}
