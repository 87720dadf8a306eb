import { Controller, Get, Inject, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { EVENT_STORE, verifyStore, type EventStore } from '@app/event-store';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { AUDITORS } from '../../audit/audit.controller';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { PageQuery } from '../web-query';
import { WebPageFilter } from '../web-page.filter';
import { auditPage } from './audit-page.view';
import { VerifyPageQueryDto } from './verify-page-query.dto';

/** The audit page: the whole log's verification, as GET /audit/verify runs it, and the log's export. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Roles(...AUDITORS)
@Controller('app/audit')
export class AuditPageController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async audit(
    @PageQuery(VerifyPageQueryDto) query: VerifyPageQueryDto,
    @Web() web: WebContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const report = query.verify === true ? await verifyStore(this.store) : undefined;
    sendPage(reply, auditPage(web, report));
  }
}
