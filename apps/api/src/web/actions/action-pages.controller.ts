import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { GetActionQuery, GetInstitutionQuery, ListInstitutionsQuery } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../../auth';
import { ActionIdPipe, reportScopeOf } from '../../progress-reports/report-scope';
import { InstitutionIdPipe } from '../../institutions/institution-id.pipe';
import { ConsistencyDto, positionOf } from '../../queries/read-model-params';
import { EVERY_ROLE } from '../../queries/recommendation-queries.controller';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { actionPage } from './action.view';
import { institutionPage, institutionsPage } from './institutions.view';

/** A plan action's page, the institutions registry and one institution's page. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...EVERY_ROLE)
@Controller('app')
export class ActionPagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('actions/:id')
  @Roles(...EVERY_ROLE, 'focal_point')
  async action(
    @Param('id', ActionIdPipe) id: string,
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @CurrentUser() user: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const viewer = reportScopeOf(user).institutionId;
    const action = await this.queries.execute(
      new GetActionQuery(id, positionOf(query.consistentWith), viewer),
    );
    sendPage(reply, actionPage(web, action.value));
  }

  @Get('institutions')
  async institutions(
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const list = await this.queries.execute(new ListInstitutionsQuery(positionOf(query.consistentWith)));
    sendPage(reply, institutionsPage(web, list.value));
  }

  @Get('institutions/:id')
  async institution(
    @Param('id', InstitutionIdPipe) id: string,
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const institution = await this.queries.execute(
      new GetInstitutionQuery(id, positionOf(query.consistentWith)),
    );
    sendPage(reply, institutionPage(web, institution.value));
  }
}
