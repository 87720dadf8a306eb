import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiNotModifiedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetRecommendationQuery,
  ListRecommendationsQuery,
  decodeCursor,
  type RecommendationDetails,
  type RecommendationPage,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth';
import { notModifiedSince } from '../http/conditional-get';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { RecommendationIdPipe } from '../recommendations/recommendation-id.pipe';
import { DEFAULT_PAGE_SIZE, ListRecommendationsDto } from './list-recommendations.dto';
import { READ_MODEL_RESPONSE, answerWith } from './read-model-answer';
import { RecommendationReadDto, positionOf } from './read-model-params';
import { filtersOf } from './recommendation-filters.dto';
import { RecommendationPageResponse, RecommendationResponse } from './recommendation.response';

const ETAG = { ETag: { description: 'The revision, quoted', schema: { type: 'string' as const } } };

export const EVERY_ROLE = ['secretariat', 'reviewer', 'auditor', 'reporter'] as const;

/** The cursor's text passed the DTO's pattern; it must also decode to a position this API could have given. */
export function cursorPosition(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  const after = decodeCursor(cursor);
  if (after === undefined) {
    throw new RequestValidationError([
      { field: 'cursor', message: 'cursor must be a nextCursor this API gave out' },
    ]);
  }
  return after;
}

@ApiTags('recommendation queries')
@Controller('recommendations')
export class RecommendationQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ ...READ_MODEL_RESPONSE, type: RecommendationPageResponse })
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary: 'Recommendations in creation order, filtered, a page at a time ({ items, nextCursor })',
  })
  async list(
    @Query() query: ListRecommendationsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecommendationPage> {
    const page = { limit: query.limit ?? DEFAULT_PAGE_SIZE, after: cursorPosition(query.cursor) };
    const answer = await this.queries.execute(
      new ListRecommendationsQuery(filtersOf(query), page, positionOf(query.consistentWith), query.lang),
    );
    return answerWith(reply, answer);
  }

  @Get(':id')
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    type: RecommendationResponse,
    headers: { ...READ_MODEL_RESPONSE.headers, ...ETAG },
  })
  @ApiNotModifiedResponse({ description: 'If-None-Match names the current ETag: no body' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag you hold, e.g. "2"' })
  @ProblemResponses(...READ_MODEL_PROBLEMS, 414, 'RECOMMENDATION.NOT_FOUND')
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary:
      'One recommendation: its fields, transitions and time in each status, with ETag (404 RECOMMENDATION.NOT_FOUND)',
  })
  async get(
    @Param('id', RecommendationIdPipe) id: string,
    @Query() query: RecommendationReadDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecommendationDetails | undefined> {
    const answer = await this.queries.execute(
      new GetRecommendationQuery(id, positionOf(query.consistentWith), query.lang),
    );
    const details = answerWith(reply, answer);
    return notModifiedSince(reply, `"${details.revision}"`, ifNoneMatch) ? undefined : details;
  }
}
