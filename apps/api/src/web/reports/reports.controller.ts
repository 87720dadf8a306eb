import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import {
  ImplementationOverTimeQuery,
  ListInstitutionsQuery,
  ListPlansQuery,
  SummarizeRecommendationsQuery,
  type RecommendationSummary,
} from '@app/recommendations';
import { formatFor } from '@app/documents';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentFormDto } from '../../documents/document.dto';
import { queryString } from '../html/html';
import { Roles } from '../../auth';
import { RecommendationFiltersDto, filtersOf } from '../../queries/recommendation-filters.dto';
import { REPORT_ROLES } from '../../queries/reports.controller';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { institutionName } from '../actions/action-labels';
import { REPORT_CHARTS } from './report-charts';
import { reportsPage } from './reports.view';

/** Charts of the recommendations by status, mechanism, party, theme, SDG and lead institution, and implementation month by month. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...REPORT_ROLES)
@Controller('app/reports')
export class ReportsPageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async reports(
    @PageQuery(RecommendationFiltersDto) query: RecommendationFiltersDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const filters = filtersOf(query);
    const [overTime, plans, institutions, ...summaries] = await Promise.all([
      this.queries.execute(new ImplementationOverTimeQuery(filters)),
      this.queries.execute(new ListPlansQuery()),
      this.queries.execute(new ListInstitutionsQuery()),
      ...REPORT_CHARTS.map((chart) =>
        this.queries.execute(new SummarizeRecommendationsQuery(chart.by, filters)),
      ),
    ]);
    const data = {
      query,
      overTime: overTime.value,
      plans: plans.value,
      institutionNames: new Map(
        institutions.value.map((item) => [item.id, institutionName(web, item.names, item.id)]),
      ),
      summaries: summaries.map((answer) => answer.value as RecommendationSummary),
    };
    sendPage(reply, reportsPage(web, data));
  }

  /** The documents form: checked here (a bad choice is a page in the user's language), then sent to the API route. */
  @Get('document')
  document(
    @PageQuery(DocumentFormDto) form: DocumentFormDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    formatFor(form.kind, form.format);
    const { kind: _kind, ...rest } = request.query as Record<string, string>;
    void reply.redirect(`/reports/documents/${form.kind}${queryString(rest)}`, 303);
  }
}
