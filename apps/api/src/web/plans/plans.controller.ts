import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  GetPlanQuery,
  ListPlanActionsQuery,
  ListPlansQuery,
  ListRecommendationsQuery,
  PlanInstitutionsQuery,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { ConsistencyDto, positionOf } from '../../queries/read-model-params';
import { EVERY_ROLE, cursorPosition } from '../../queries/recommendation-queries.controller';
import { BoardQueryDto } from '../board/board-query.dto';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { planPage } from './plan.view';
import { plansPage } from './plans-list.view';
import { PlanIdPipe } from '../../plans/plan-id.pipe';

const PAGE_SIZE = 50;

/** The national plans with their progress, one plan by responsible institution, and registering a plan. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...EVERY_ROLE)
@Controller('app/plans')
export class PlansPageController {
  constructor(private readonly queries: QueryBus) {}

  /** `?consistentWith=` after registering: the list waits until it holds the new plan. */
  @Get()
  async plans(
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const plans = await this.queries.execute(new ListPlansQuery(positionOf(query.consistentWith)));
    sendPage(reply, plansPage(web, plans.value));
  }

  @Get(':id')
  async plan(
    @Param('id', PlanIdPipe) id: string,
    @PageQuery(BoardQueryDto) query: BoardQueryDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const position = positionOf(query.consistentWith);
    // The plan first: an unknown one is a 404 page before anything else is read.
    const plan = await this.queries.execute(new GetPlanQuery(id, position));
    const [institutions, actions, page] = await Promise.all([
      this.queries.execute(new PlanInstitutionsQuery(id)),
      this.queries.execute(new ListPlanActionsQuery(id, {}, position)),
      this.queries.execute(
        new ListRecommendationsQuery(
          { planId: id },
          { limit: PAGE_SIZE, after: cursorPosition(query.cursor) },
          undefined,
          web.locale,
        ),
      ),
    ]);
    const data = {
      plan: plan.value,
      institutions: institutions.value,
      actions: actions.value,
      page: page.value,
      query,
      pageSize: PAGE_SIZE,
    };
    sendPage(reply, planPage(web, data));
  }
}
