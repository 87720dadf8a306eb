import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  ListInstitutionsQuery,
  ListPlansQuery,
  ListRecommendationsQuery,
  SummarizeRecommendationsQuery,
  type RecommendationSummary,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { EVERY_ROLE, cursorPosition } from '../../queries/recommendation-queries.controller';
import { filtersOf } from '../../queries/recommendation-filters.dto';
import { recommendationHref } from '../links';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { BoardQueryDto } from './board-query.dto';
import { boardPage } from './board.view';

const PAGE_SIZE = 25;

/** The recommendations board: counts by status, filters, lookup by reference and the list, one page at a time. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...EVERY_ROLE)
@Controller('app')
export class BoardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async board(
    @PageQuery(BoardQueryDto) query: BoardQueryDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    sendPage(reply, await this.render(query, web));
  }

  /** Opens the recommendation with this reference, or shows the board saying there is none. */
  @Get('lookup')
  async lookup(
    @Query('reference') reference: string | undefined,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const wanted = (reference ?? '').trim().slice(0, 200);
    if (wanted !== '') {
      const found = await this.queries.execute(
        new ListRecommendationsQuery({ reference: wanted }, { limit: 1 }),
      );
      const item = found.value.items[0];
      if (item !== undefined) return void reply.redirect(recommendationHref(item.reference), 303);
    }
    sendPage(reply, await this.render(new BoardQueryDto(), web, wanted));
  }

  private async render(query: BoardQueryDto, web: WebContext, referenceNotFound?: string) {
    const filters = filtersOf(query);
    const pageSize = query.limit ?? PAGE_SIZE;
    const [page, counts, plans, institutions] = await Promise.all([
      this.queries.execute(
        new ListRecommendationsQuery(
          filters,
          { limit: pageSize, after: cursorPosition(query.cursor) },
          undefined,
          web.locale,
        ),
      ),
      // The counts keep every filter but the status, so each status's count says what choosing it would list.
      this.queries.execute(new SummarizeRecommendationsQuery('status', { ...filters, status: undefined })),
      this.queries.execute(new ListPlansQuery()),
      this.queries.execute(new ListInstitutionsQuery()),
    ]);
    const summary = counts.value as RecommendationSummary;
    const total = summary.groups
      .filter((group) => query.status === undefined || group.key === query.status)
      .reduce((sum, group) => sum + group.count, 0);
    const data = {
      query,
      counts: summary,
      page: page.value,
      plans: plans.value,
      institutions: institutions.value,
      pageSize,
      position: page.position.toString(),
      referenceNotFound,
    };
    return boardPage(web, data, total);
  }
}
