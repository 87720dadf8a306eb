import { PassThrough } from 'node:stream';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { templateCsv, writeTemplateXlsx } from '@app/imports';
import { Roles } from '../auth';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { errorsCsv, writeErrorsXlsx } from './import-errors-file';
import { ImportReportStore } from './import-report.store';
import { IMPORT_READING_ROLES } from './imports.controller';

const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const csvBody = { 'text/csv': { schema: { type: 'string' } } };
const xlsxBody = { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } };

/** Sends a workbook as exceljs writes it, never whole in memory; a failure cuts the download short. */
function sendXlsx(reply: FastifyReply, filename: string, write: (output: PassThrough) => Promise<void>) {
  const body = new PassThrough();
  write(body).catch((error: Error) => body.destroy(error));
  return reply.type(XLSX_TYPE).header('Content-Disposition', `attachment; filename="${filename}"`).send(body);
}

/** The files staff download around an import: the empty template, and an import's failed rows to fix and upload again. */
@ApiTags('imports')
@Controller('imports')
export class ImportFilesController {
  constructor(private readonly reports: ImportReportStore) {}

  @Get('templates/recommendations.csv')
  @ApiOperation({ summary: 'The template profile as CSV: its columns and one example row' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: csvBody })
  templateCsv(@Res() reply: FastifyReply) {
    return reply
      .type(CSV_TYPE)
      .header('Content-Disposition', 'attachment; filename="recommendations-template.csv"')
      .send(templateCsv());
  }

  @Get('templates/recommendations.xlsx')
  @ApiOperation({ summary: 'The template profile as XLSX, with a sheet explaining each column' })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ content: xlsxBody })
  templateXlsx(@Res() reply: FastifyReply) {
    return sendXlsx(reply, 'recommendations-template.xlsx', writeTemplateXlsx);
  }

  @Get(':id/errors.csv')
  @Roles(...IMPORT_READING_ROLES)
  @ApiOperation({
    summary: "An import's failed rows with their original columns and an error column, as CSV",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ content: csvBody })
  @ProblemResponses('IMPORT.NOT_FOUND')
  async errorsCsv(@Param('id') id: string, @Res() reply: FastifyReply) {
    const stored = await this.reports.read(id);
    return reply
      .type(CSV_TYPE)
      .header('Content-Disposition', `attachment; filename="import-${id}-errors.csv"`)
      .send(errorsCsv(stored));
  }

  @Get(':id/errors.xlsx')
  @Roles(...IMPORT_READING_ROLES)
  @ApiOperation({
    summary: "An import's failed rows with their original columns and an error column, as XLSX",
  })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ content: xlsxBody })
  @ProblemResponses('IMPORT.NOT_FOUND')
  async errorsXlsx(@Param('id') id: string, @Res() reply: FastifyReply) {
    const stored = await this.reports.read(id);
    return sendXlsx(reply, `import-${id}-errors.xlsx`, (output) => writeErrorsXlsx(stored, output));
  }
}
