import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { ImportReportStore } from '../../imports/import-report.store';
import { IMPORTING_ROLES, IMPORT_READING_ROLES } from '../../imports/imports.controller';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { WebPageFilter } from '../web-page.filter';
import { importPage, importReportPage } from './import.view';

/** The Import page (the upload itself goes to POST /imports from the browser) and any import's report. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('app/import')
export class ImportPageController {
  constructor(private readonly reports: ImportReportStore) {}

  @Get()
  @Roles(...IMPORTING_ROLES)
  form(@Web() web: WebContext, @Res() reply: FastifyReply): void {
    sendPage(reply, importPage(web));
  }

  @Get(':id')
  @Roles(...IMPORT_READING_ROLES)
  async report(@Param('id') id: string, @Web() web: WebContext, @Res() reply: FastifyReply): Promise<void> {
    sendPage(reply, importReportPage(web, await this.reports.read(id)));
  }
}
