import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import {
  AttachEvidenceCommand,
  EVIDENCE_MEDIA_TYPES,
  RecommendationNotFoundError,
  recommendationStream,
} from '@app/recommendations';
import { Roles, type AuthenticatedRequest } from '../auth';
import { commandAnswer, type CommandAnswer } from '../http/command-answer';
import { commandContextOf } from '../http/command-context.decorator';
import { ProblemResponses } from '../http/problem-responses.decorator';
import { EVERY_ROLE } from '../queries/recommendation-queries.controller';
import { LifecycleRoute } from '../recommendations/lifecycle-route.decorator';
import { RecommendationIdPipe } from '../recommendations/recommendation-id.pipe';
import { AttachEvidenceFieldsDto } from './attach-evidence.dto';
import { EvidenceDownloads } from './evidence-download';
import { EvidenceUploadService } from './evidence-upload.service';
import { uploadFields } from './upload-fields';

const FILE_PROBLEMS = ['EVIDENCE.REQUIRED', 'EVIDENCE.FILE_TOO_LARGE', 'EVIDENCE.UNSUPPORTED_TYPE'] as const;

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['evidence'],
    properties: {
      evidence: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: 10 },
      note: { type: 'string', maxLength: 2000 },
      decisionRevision: { type: 'integer', minimum: 0 },
      json: { type: 'string', description: 'Instead of form fields: { "note", "decisionRevision" } as JSON' },
    },
  },
};

const BINARY = Object.fromEntries(
  EVIDENCE_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
);

/** Evidence on a recommendation's decisions: the upload (multipart) and the download of a file it names. */
@ApiTags('evidence')
@Controller('recommendations')
export class RecommendationEvidenceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly uploads: EvidenceUploadService,
    private readonly downloads: EvidenceDownloads,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @LifecycleRoute(
    ':id/evidence',
    'attachEvidence',
    'Attach evidence files (multipart, part name evidence; PDF, DOCX, XLSX, ODT, PNG, JPEG up to 20 MiB each)',
    [...FILE_PROBLEMS],
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  async attach(
    @Param('id', RecommendationIdPipe) id: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAnswer> {
    const upload = await this.uploads.readEvidenceUpload(request);
    const body = {
      ...uploadFields(AttachEvidenceFieldsDto, upload.fields, upload.typed),
      evidence: upload.evidence,
    };
    // The request hash covers the fields and the files' hashes, so a retry with the same key and files is a no-op.
    const context = commandContextOf(request, 'attachEvidence', body);
    const payload = { type: 'attachEvidence' as const, recommendationId: id, ...body };
    return commandAnswer(reply, await this.commands.execute(new AttachEvidenceCommand(payload, context)));
  }

  @Get(':id/evidence/:sha256')
  @Roles(...EVERY_ROLE)
  @ApiOperation({
    summary:
      "Download an evidence file the recommendation's events name (as an attachment, typed as recorded)",
  })
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({ content: BINARY, description: 'The file, with Content-Disposition: attachment' })
  @ProblemResponses(414, 'RECOMMENDATION.NOT_FOUND', 'EVIDENCE.NOT_FOUND')
  async download(
    @Param('id', RecommendationIdPipe) id: string,
    @Param('sha256') sha256: string,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const events = await this.store.readStream(recommendationStream(id));
    if (events.length === 0) throw new RecommendationNotFoundError(id);
    return this.downloads.send(reply, events, sha256);
  }
}
