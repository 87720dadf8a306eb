import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ProjectionRuntime } from '@app/projections';
import { ReadFeedQuery } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { RequestValidationError } from '../http/request-validation.error';
import { READ_MODEL_RESPONSE, answerWith } from '../queries/read-model-answer';
import { POSITION_MESSAGE, isLogPosition, positionOf } from '../queries/read-model-params';
import { FeedDto } from './feed.dto';
import { FeedPageResponse } from './feed-page.response';
import { streamFeed } from './feed-stream';

const DEFAULT_LIMIT = 100;

@ApiTags('reports')
// Reviewers too: the workspace's pages follow the feed to stay current for everyone who reads them.
@Roles('reporter', 'auditor', 'secretariat', 'reviewer')
@Controller('feed')
export class FeedController {
  constructor(
    private readonly queries: QueryBus,
    private readonly runtime: ProjectionRuntime,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Recommendation events after a position ({ events, lastPosition }); with Accept: text/event-stream, a live SSE stream resumable by Last-Event-ID',
  })
  @ApiProduces('application/json', 'text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'SSE: resume after this position' })
  @ApiExtraModels(FeedPageResponse)
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: {
      'application/json': { schema: { $ref: getSchemaPath(FeedPageResponse) } },
      'text/event-stream': {
        schema: { type: 'string', description: 'SSE: one message per event, its id the position' },
      },
    },
  })
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  async feed(
    @Query() query: FeedDto,
    @Headers('accept') accept: string | undefined,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const after = positionOf(query.after) ?? 0n;
    if (accept?.includes('text/event-stream')) {
      return streamFeed(this.queries, this.runtime, this.resumePoint(lastEventId) ?? after, reply);
    }
    const answer = await this.queries.execute(
      new ReadFeedQuery(after, query.limit ?? DEFAULT_LIMIT, positionOf(query.consistentWith)),
    );
    await reply.send(answerWith(reply, answer));
  }

  private resumePoint(lastEventId: string | undefined): bigint | undefined {
    if (lastEventId === undefined) return undefined;
    const position = lastEventId.trim();
    if (!isLogPosition(position))
      throw new RequestValidationError([{ field: 'Last-Event-ID', message: POSITION_MESSAGE }]);
    return BigInt(position);
  }
}
