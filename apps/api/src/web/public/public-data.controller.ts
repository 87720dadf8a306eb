import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ListPublicActionsQuery, ListPublicRecommendationsQuery } from '@app/recommendations';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../auth';
import { ProblemResponses } from '../../http/problem-responses.decorator';
import { tableCsv } from '../../queries/report-files';
import { OPEN_DATA_SCHEMA } from './open-data-schema';
import { SCHEMA_PATH, actionsTable, recommendationsTable, type DataEnvelope } from './open-data';
import { sendPublic } from './send-public';

const FILE_PARAM = {
  name: 'file',
  enum: ['recommendations.json', 'recommendations.csv', 'actions.json', 'actions.csv'],
};

/** The portal's open data: what it shows, as JSON and CSV files with their schema, licence and log position. */
@ApiTags('public')
@Public()
@Controller('public/data')
export class PublicDataController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('schema.json')
  @ApiOperation({ summary: "The JSON Schema of the open-data files' fields (no authentication)" })
  @ApiOkResponse({ description: 'A JSON Schema (draft 2020-12)', schema: { type: 'object' } })
  schema(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const body = JSON.stringify(OPEN_DATA_SCHEMA, null, 2);
    sendPublic(request, reply, { position: 0n, body, type: 'application/schema+json' });
  }

  @Get(':file')
  @ApiOperation({
    summary: 'Published recommendations or actions as open data (no authentication)',
    description:
      'JSON: `{licence, logPosition, schema, items}`; CSV: one row each, with `licence` and `logPosition` columns. ' +
      'Only what the secretariat published, in public fields (docs/public-portal.md). Cache-Control: public, max-age=60.',
  })
  @ApiParam(FILE_PARAM)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'The data set, with its licence and log position',
    schema: { type: 'object' },
  })
  @ProblemResponses({ status: 404, description: 'NOT_FOUND: no such open-data file' })
  async file(
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!FILE_PARAM.enum.includes(file)) {
      throw new NotFoundException({ code: 'NOT_FOUND', detail: 'No such open-data file' });
    }
    const [set, format] = file.split('.');
    const { position, table, items } = await this.dataSet(set);
    const envelope: DataEnvelope = {
      licence: this.config.publicDataLicence,
      logPosition: position.toString(),
    };
    const body =
      format === 'json'
        ? JSON.stringify({ ...envelope, schema: SCHEMA_PATH, items })
        : tableCsv(table(envelope));
    const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
    sendPublic(request, reply, { position, body, type });
  }

  private async dataSet(set: string) {
    if (set === 'actions') {
      const { position, value } = await this.queries.execute(new ListPublicActionsQuery());
      return { position, items: value, table: (envelope: DataEnvelope) => actionsTable(value, envelope) };
    }
    const { position, value } = await this.queries.execute(new ListPublicRecommendationsQuery());
    return {
      position,
      items: value,
      table: (envelope: DataEnvelope) => recommendationsTable(value, envelope),
    };
  }
}
