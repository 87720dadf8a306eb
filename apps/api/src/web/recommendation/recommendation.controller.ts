import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  GetRecommendationQuery,
  ListPlansQuery,
  LIFECYCLE,
  ListRecommendationsQuery,
  mayRun,
  rolesFor,
  type RecommendationDetails,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { HISTORY_READERS } from '../../audit/recommendation-audit.controller';
import { Roles } from '../../auth';
import { EVERY_ROLE } from '../../queries/recommendation-queries.controller';
import { ConsistencyDto, positionOf } from '../../queries/read-model-params';
import { sendPage } from '../send-page';
import { Web, holdsRole, type WebContext } from '../web-context';
import { WebPageFilter } from '../web-page.filter';
import { PageQuery } from '../web-query';
import { availableActions } from './available-actions';
import type { ProposalValues } from './proposal-fields.view';
import { proposePage } from './propose.view';
import { recommendationNotFoundPage, recommendationPage } from './recommendation.view';

const proposalOf = (details: RecommendationDetails): ProposalValues => ({
  text: details.text,
  language: details.originalLanguage,
  source: details.source,
  themes: details.themes,
  sdgTargets: details.sdgTargets,
  affectedGroups: details.affectedGroups,
});

/**
 * A recommendation's page, found by its reference, with the actions the lifecycle lets this user run from its
 * status; and the form that proposes a new one. `?consistentWith=` (a command's answer) reads the user's own write.
 */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...EVERY_ROLE)
@Controller('app/recommendations')
export class RecommendationPageController {
  constructor(private readonly queries: QueryBus) {}

  @Get('new')
  @Roles(...rolesFor('propose'))
  propose(@Web() web: WebContext, @Res() reply: FastifyReply): void {
    sendPage(reply, proposePage(web));
  }

  @Get(':reference')
  async show(
    @Param('reference') reference: string,
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const consistentWith = positionOf(query.consistentWith);
    const found = await this.queries.execute(
      new ListRecommendationsQuery({ reference }, { limit: 1 }, consistentWith),
    );
    const item = found.value.items[0];
    if (item === undefined) return sendPage(reply, recommendationNotFoundPage(web, reference), 404);
    const [shown, plans] = await Promise.all([
      this.queries.execute(new GetRecommendationQuery(item.id, consistentWith, web.locale)),
      this.queries.execute(new ListPlansQuery()),
    ]);
    const details = shown.value;
    // The forms that edit the text start from the original, not from a translation shown in the page's language.
    const original =
      details.textLanguage === details.originalLanguage
        ? details
        : (await this.queries.execute(new GetRecommendationQuery(item.id, consistentWith))).value;
    const roles = web.user?.roles ?? [];
    sendPage(
      reply,
      recommendationPage(web, {
        details,
        position: shown.position,
        proposal: proposalOf(original),
        plans: plans.value,
        actions: availableActions(details, roles),
        mayReadTimeline: holdsRole(web, HISTORY_READERS),
        mayAttachEvidence:
          mayRun(roles, 'attachEvidence') &&
          (LIFECYCLE.attachEvidence.from as readonly string[]).includes(details.status),
        mayPublish:
          mayRun(roles, 'publish') && (LIFECYCLE.publish.from as readonly string[]).includes(details.status),
      }),
    );
  }
}
