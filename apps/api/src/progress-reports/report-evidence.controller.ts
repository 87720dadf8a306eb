import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EVIDENCE_MEDIA_TYPES, ReportAdmission } from '@app/recommendations';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles, type AuthenticatedUser } from '../auth';
import { EvidenceDownloads } from '../evidence/evidence-download';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { REPORT_READERS } from './report-readers';
import { ReportIdPipe, reportScopeOf } from './report-scope';

const BINARY = Object.fromEntries(
  EVIDENCE_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

/** The download of a report's evidence file, to whoever may read the report. */
@ApiTags('progress reports')
@Controller('progress-reports')
export class ReportEvidenceController {
  constructor(
    private readonly admission: ReportAdmission,
    private readonly downloads: EvidenceDownloads,
  ) {}

  @Get(':id/evidence/:sha256')
  @Roles(...REPORT_READERS)
  @ApiOperation({
    summary:
      "Download an evidence file the report's events name (as an attachment, typed as recorded); another institution's report is 404 to a focal point",
  })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({ content: BINARY, description: 'The file, with Content-Disposition: attachment' })
  @ProblemResponses(414, 'PROGRESS_REPORT.NOT_FOUND', 'EVIDENCE.NOT_FOUND')
  async download(
    @Param('id', ReportIdPipe) id: string,
    @Param('sha256') sha256: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const events = await this.admission.readableEvents(id, reportScopeOf(user));
    return this.downloads.send(reply, events, sha256);
  }
}
