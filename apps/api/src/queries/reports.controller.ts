import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import {
  ImplementationOverTimeQuery,
  SummarizeRecommendationsQuery,
  type ImplementationOverTime,
  type RecommendationSummaryAnswer,
} from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { PROJECTION_POSITION_HEADER, READ_MODEL_RESPONSE, answerWith } from './read-model-answer';
import { positionOf } from './read-model-params';
import { filtersOf } from './recommendation-filters.dto';
import { RecommendationExportDto } from './recommendation-export.dto';
import { CSV_HEADER, UTF8_BOM, csvRecord, type Cell } from './recommendation-csv';
import { openExport } from './recommendation-export-rows';
import { ImplementationOverTimeResponse } from './over-time.response';
import {
  REPORT_FILE_CONTENT,
  XLSX_TYPE,
  isFileFormat,
  overTimeTable,
  reportFile,
  summaryTable,
} from './report-files';
import { OverTimeDto, SummaryDto } from './summary.dto';
import { CrossTabulationResponse, SummaryResponse } from './summary.response';

/** Who may read reports: the API's `/reports/*` routes and the workspace's Reports page alike. */
export const REPORT_ROLES = ['reporter', 'auditor', 'secretariat'] as const;

@ApiTags('reports')
@Roles(...REPORT_ROLES)
@Controller('reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('summary')
  @ApiExtraModels(SummaryResponse, CrossTabulationResponse)
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: {
      'application/json': {
        schema: {
          oneOf: [SummaryResponse, CrossTabulationResponse].map((model) => ({ $ref: getSchemaPath(model) })),
        },
      },
      ...REPORT_FILE_CONTENT,
    },
  })
  @ApiProduces('application/json', ...Object.keys(REPORT_FILE_CONTENT))
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  @ApiOperation({
    summary:
      'Recommendation counts by one dimension ({ by, position, groups: [{ key, count }] }) or two ' +
      "(by=mechanism,status: { by: ['mechanism','status'], position, groups: [{ key: ['upr','planned'], count }] }); " +
      'format=csv or xlsx gives the same table as a file (a column per dimension, then count)',
  })
  async summary(
    @Query() query: SummaryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RecommendationSummaryAnswer | string | Buffer> {
    const answer = await this.queries.execute(
      new SummarizeRecommendationsQuery(query.by, filtersOf(query), positionOf(query.consistentWith)),
    );
    if (isFileFormat(query.format))
      return reportFile(reply, query.format, answer.value.position, summaryTable(answer.value));
    return answerWith(reply, answer);
  }

  @Get('over-time')
  @ApiExtraModels(ImplementationOverTimeResponse)
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ImplementationOverTimeResponse) } },
      ...REPORT_FILE_CONTENT,
    },
  })
  @ApiProduces('application/json', ...Object.keys(REPORT_FILE_CONTENT))
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  @ApiOperation({
    summary:
      'Per month, how many recommendations were reflected in a plan and how many were implemented, with totals ' +
      "to date ({ position, months: [{ month, reflectedInPlan, implemented, ... }] }); the list's filters apply; " +
      'format=csv or xlsx gives the same table as a file',
  })
  async overTime(
    @Query() query: OverTimeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImplementationOverTime | string | Buffer> {
    const answer = await this.queries.execute(
      new ImplementationOverTimeQuery(filtersOf(query), positionOf(query.consistentWith)),
    );
    if (isFileFormat(query.format))
      return reportFile(reply, query.format, answer.value.position, overTimeTable(answer.value));
    return answerWith(reply, answer);
  }

  @Get('recommendations.csv')
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: { 'text/csv': { schema: { type: 'string', description: 'A header row, then one row each' } } },
  })
  @ApiProduces('text/csv')
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  @ApiOperation({
    summary:
      "Every recommendation matching the list's filters as CSV, streamed page by page; lang= names the " +
      'institutions in that language (English where it has no name in it)',
  })
  async csv(@Query() query: RecommendationExportDto, @Res() reply: FastifyReply): Promise<void> {
    const opened = await openExport(this.queries, query);
    // The first page is read before Fastify steps aside, so a query error is still an ordinary problem answer.
    reply.hijack();
    const response = reply.raw;
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="recommendations.csv"');
    response.setHeader(PROJECTION_POSITION_HEADER, opened.position.toString());
    const csv = stringify({ header: true, columns: CSV_HEADER });
    response.write(UTF8_BOM);
    csv.pipe(response);
    // A client that hangs up stops the export instead of leaving it waiting for a drain that never comes.
    const hangUp = new AbortController();
    response.once('close', () => hangUp.abort());
    try {
      for await (const cells of opened.rows) {
        if (hangUp.signal.aborted) break;
        if (!csv.write(csvRecord(cells))) await once(csv, 'drain', { signal: hangUp.signal });
      }
    } catch (error) {
      if (hangUp.signal.aborted) return;
      // A cut-off export must not look complete: drop the connection rather than end the CSV cleanly.
      response.destroy();
      throw error;
    }
    csv.end();
  }

  @Get('recommendations.xlsx')
  @ApiOkResponse({
    ...READ_MODEL_RESPONSE,
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProduces(XLSX_TYPE)
  @ProblemResponses(...READ_MODEL_PROBLEMS)
  @ApiOperation({
    summary: 'The same table as recommendations.csv, as one XLSX sheet (built whole, then sent)',
  })
  async xlsx(
    @Query() query: RecommendationExportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const opened = await openExport(this.queries, query);
    const rows: Cell[][] = [];
    for await (const cells of opened.rows) rows.push(cells);
    const table = { name: 'recommendations', header: [...CSV_HEADER], rows };
    return reportFile(reply, 'xlsx', opened.position.toString(), table);
  }
}
