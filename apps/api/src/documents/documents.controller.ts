import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MEDIA_TYPES, buildDocumentInThread, documentFileName, formatFor } from '@app/documents';
import { DocumentSnapshotQuery } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth';
import { ProblemResponses, READ_MODEL_PROBLEMS } from '../http/problem-responses.decorator';
import { PROJECTION_POSITION_HEADER } from '../queries/read-model-answer';
import { positionOf } from '../queries/read-model-params';
import { filtersOf } from '../queries/recommendation-filters.dto';
import { REPORT_ROLES } from '../queries/reports.controller';
import { DocumentKindParams, DocumentQueryDto } from './document.dto';

@ApiTags('reports')
@Roles(...REPORT_ROLES)
@Controller('reports/documents')
export class DocumentsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':kind')
  @ApiOkResponse({
    description: 'The document; X-Projection-Position names the log position it was built from',
    content: Object.fromEntries(
      Object.values(MEDIA_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiProduces(...Object.values(MEDIA_TYPES))
  @ProblemResponses(...READ_MODEL_PROBLEMS, 'DOCUMENT.FORMAT_UNAVAILABLE')
  @ApiOperation({
    summary:
      'A document for the UN mechanisms from the read models at one log position: matrix (xlsx, the default, or ' +
      'docx), upr-midterm (docx) or treaty-followup (docx, for the references= chosen); language en, ru or tk; ' +
      "clustered by groupBy (theme, mechanism, cycle); the list's filters choose the recommendations",
  })
  async document(
    @Param() { kind }: DocumentKindParams,
    @Query() query: DocumentQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const format = formatFor(kind, query.format);
    const { language = 'en', references, ...filters } = query;
    const selection = { filters: filtersOf(filters), references };
    const { value: snapshot } = await this.queries.execute(
      new DocumentSnapshotQuery(selection, language, positionOf(query.consistentWith)),
    );
    // Laying out thousands of rows takes seconds: a worker thread does it, so the API keeps answering.
    const bytes = await buildDocumentInThread({ kind, format, groupBy: query.groupBy ?? 'theme', snapshot });
    void reply
      .header(PROJECTION_POSITION_HEADER, snapshot.position)
      .header(
        'Content-Disposition',
        `attachment; filename="${documentFileName(kind, format, language, snapshot.position)}"`,
      )
      .type(MEDIA_TYPES[format]);
    return bytes;
  }
}
