import { Injectable } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import type { EvidenceFile, ProgressReportContent } from '@app/recommendations';
import type { AuthenticatedRequest } from '../auth';
import { EvidenceUploadService, isMultipart } from '../evidence/evidence-upload.service';
import { uploadFields } from '../evidence/upload-fields';
import { requestValidationPipe } from '../http/request-validation.pipe';
import { withIndicatorValueList } from './indicator-value-fields';
import type { ProgressReportContentDto } from './progress-report.dto';

/** A report's body read: the fields as their DTO, the content they make, and what the request hash covers. */
export interface ReadReportBody<T> {
  body: T;
  content: ProgressReportContent;
  /** The JSON body; for multipart, its fields and the stored files' records (so their hashes). */
  hashed: unknown;
}

const jsonBodies = requestValidationPipe();

/**
 * The one place a report's body becomes its content, JSON or multipart alike, checked by the same DTO: a JSON body
 * carries no evidence; a multipart body's `evidence` files are stored, and recorded in the content, only once
 * `admit` has passed (the checks that need no body), so a caller refused stores nothing.
 */
@Injectable()
export class ProgressReportBodyReader {
  constructor(private readonly uploads: EvidenceUploadService) {}

  async read<T extends ProgressReportContentDto>(
    request: AuthenticatedRequest,
    dto: ClassConstructor<T>,
    admit: () => Promise<void>,
  ): Promise<ReadReportBody<T>> {
    if (!isMultipart(request.headers['content-type'])) {
      const body = (await jsonBodies.transform(request.body, { type: 'body', metatype: dto })) as T;
      return { body, content: this.content(body, []), hashed: request.body };
    }
    await admit();
    const upload = await this.uploads.readEvidenceUpload(request);
    const body = uploadFields(dto, withIndicatorValueList(upload.fields), upload.typed);
    return {
      body,
      content: this.content(body, upload.evidence),
      hashed: { ...body, evidence: upload.evidence },
    };
  }

  private content(body: ProgressReportContentDto, evidence: EvidenceFile[]): ProgressReportContent {
    return {
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      indicatorValues: (body.indicatorValues ?? []).map(({ indicatorId, value, note }) =>
        note === undefined ? { indicatorId, value } : { indicatorId, value, note },
      ),
      narrative: body.narrative,
      evidence,
    };
  }
}
