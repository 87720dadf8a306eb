import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { GetPublicRecommendationQuery, ListPublicActionsQuery, PublicBoardQuery } from '@app/recommendations';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth';
import type { HtmlValue } from '../html/html';
import { PageQuery } from '../web-query';
import { publicBoardBody } from './public-board.view';
import {
  publicContext,
  publicPlanPath,
  publicRecommendationPath,
  type PublicContext,
} from './public-context';
import { publicDataBody } from './public-data.view';
import { publicFooter } from './public-display';
import { publicLayout, type PublicArea } from './public-layout';
import { publicPlanBody, publicPlansBody } from './public-plans.view';
import { PublicBoardQueryDto, PublicLanguageDto } from './public-query.dto';
import { publicRecommendationBody } from './public-recommendation.view';
import { sendPublic } from './send-public';

const PAGE_SIZE = 25;

type Page = { title: string; area?: PublicArea; body: HtmlValue };

/** The public portal: read-only pages of what the secretariat published, to anyone, with no session or cookie. */
@ApiExcludeController()
@Public()
@Controller('public')
export class PublicPortalController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async board(
    @PageQuery(PublicBoardQueryDto) query: PublicBoardQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { lang, ...filters } = query;
    const context = publicContext(lang, '/public', { ...filters, lang: undefined });
    const page = query.page ?? 1;
    const { theme, mechanism, sdg, status, position } = query;
    const answer = await this.queries.execute(
      new PublicBoardQuery({ theme, mechanism, sdg, status, position }, page, PAGE_SIZE),
    );
    const body = publicBoardBody(context, answer.value, query);
    this.send(request, reply, context, answer.position, {
      title: context.t.publicPortal.boardTitle,
      area: 'board',
      body,
    });
  }

  @Get('recommendations/:reference')
  async recommendation(
    @Param('reference') reference: string,
    @PageQuery(PublicLanguageDto) query: PublicLanguageDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const context = publicContext(query.lang, publicRecommendationPath(reference));
    const answer = await this.queries.execute(new GetPublicRecommendationQuery(reference));
    if (answer.value === undefined) return this.notFound(request, reply, context, answer.position);
    const body = publicRecommendationBody(context, answer.value);
    this.send(request, reply, context, answer.position, { title: reference, area: 'board', body });
  }

  @Get('plans')
  async plans(
    @PageQuery(PublicLanguageDto) query: PublicLanguageDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const context = publicContext(query.lang, '/public/plans');
    const answer = await this.queries.execute(new ListPublicActionsQuery());
    const body = publicPlansBody(context, answer.value);
    this.send(request, reply, context, answer.position, {
      title: context.t.publicPortal.plansTitle,
      area: 'plans',
      body,
    });
  }

  @Get('plans/:planId')
  async plan(
    @Param('planId') planId: string,
    @PageQuery(PublicLanguageDto) query: PublicLanguageDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const context = publicContext(query.lang, publicPlanPath(planId));
    const answer = await this.queries.execute(new ListPublicActionsQuery(planId));
    if (answer.value.length === 0) return this.notFound(request, reply, context, answer.position);
    const body = publicPlanBody(context, answer.value);
    const title = context.t.publicPortal.planTitle(planId);
    this.send(request, reply, context, answer.position, { title, area: 'plans', body });
  }

  @Get('data')
  async data(
    @PageQuery(PublicLanguageDto) query: PublicLanguageDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const context = publicContext(query.lang, '/public/data');
    const { position } = await this.queries.execute(new ListPublicActionsQuery());
    const body = publicDataBody(context, this.config.publicDataLicence);
    this.send(request, reply, context, position, {
      title: context.t.publicPortal.dataTitle,
      area: 'data',
      body,
    });
  }

  private notFound(
    request: FastifyRequest,
    reply: FastifyReply,
    context: PublicContext,
    position: bigint,
  ): void {
    const { t } = context;
    const page = { title: t.publicPortal.notFoundTitle, body: t.publicPortal.notFound };
    this.send(request, reply, context, position, page, 404);
  }

  private send(
    request: FastifyRequest,
    reply: FastifyReply,
    context: PublicContext,
    position: bigint,
    page: Page,
    status = 200,
  ): void {
    const footer = publicFooter(context, this.config.publicDataLicence, position);
    const body = publicLayout(context, { ...page, footer }).value;
    sendPublic(request, reply, { position, body, type: 'text/html; charset=utf-8' }, status);
  }
}
