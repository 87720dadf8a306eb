import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { GetProgressReportQuery, InboxQuery, ValidationQueueQuery } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../../auth';
import { InboxDto } from '../../progress-reports/inbox.dto';
import { REPORT_READERS } from '../../progress-reports/report-readers';
import { ReportIdPipe, inboxInstitution, reportScopeOf } from '../../progress-reports/report-scope';
import { ConsistencyDto, positionOf } from '../../queries/read-model-params';
import { institutionNamer } from '../actions/institution-namer';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { chooseInstitutionPage, inboxPage } from './inbox.view';
import { progressReportPage } from './progress-report.view';
import { validationQueuePage } from './validation-queue.view';

/** A focal point's inbox, the secretariat's validation queue, and one report; on the API's own queries. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('app')
export class ProgressReportPagesController {
  constructor(private readonly queries: QueryBus) {}

  /** `?consistentWith=` after a (re)submission: the inbox waits until it shows it. */
  @Get('inbox')
  @Roles('focal_point', 'secretariat')
  async inbox(
    @PageQuery(InboxDto) query: InboxDto,
    @CurrentUser() user: AuthenticatedUser,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const institution = inboxInstitution(user, query.institution);
    if (institution === undefined) return sendPage(reply, chooseInstitutionPage(web));
    const inbox = await this.queries.execute(new InboxQuery(institution, positionOf(query.consistentWith)));
    sendPage(reply, inboxPage(web, inbox.value, await institutionNamer(this.queries, web)));
  }

  @Get('validation-queue')
  @Roles('secretariat')
  async validationQueue(
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const queue = await this.queries.execute(new ValidationQueueQuery(positionOf(query.consistentWith)));
    sendPage(reply, validationQueuePage(web, queue.value, await institutionNamer(this.queries, web)));
  }

  @Get('progress-reports/:id')
  @Roles(...REPORT_READERS)
  async report(
    @Param('id', ReportIdPipe) id: string,
    @PageQuery(ConsistencyDto) query: ConsistencyDto,
    @CurrentUser() user: AuthenticatedUser,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const consistentWith = positionOf(query.consistentWith);
    const report = await this.queries.execute(
      new GetProgressReportQuery(id, reportScopeOf(user), consistentWith),
    );
    sendPage(reply, progressReportPage(web, report.value, await institutionNamer(this.queries, web)));
  }
}
