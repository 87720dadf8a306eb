import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth';
import { IMPORTING_ROLES } from '../../imports/imports.controller';
import { sendPage } from '../send-page';
import { Web, type WebContext } from '../web-context';
import { WebPageFilter } from '../web-page.filter';
import { actionImportPage } from './action-import.view';

/** A plan's "Import actions" page; the file itself goes to POST /plans/:id/actions/import from the browser. */
@ApiExcludeController()
@UseFilters(WebPageFilter)
@Controller('app/plans/:id/import-actions')
export class ActionImportPageController {
  @Get()
  @Roles(...IMPORTING_ROLES)
  form(@Param('id') planId: string, @Web() web: WebContext, @Res() reply: FastifyReply): void {
    sendPage(reply, actionImportPage(web, planId));
  }
}
