import { Inject, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { EvidenceStore } from '@app/evidence';
import { readMultipart, type EvidenceUpload } from './multipart-reader';

export type { EvidenceUpload } from './multipart-reader';

/** Without parameters too, so a body missing its boundary is answered 400 by the reader, not read as JSON. */
export const isMultipart = (contentType: string | undefined): boolean =>
  /^multipart\/form-data\s*(?:;|$)/i.test(contentType ?? '');

/**
 * Reads a `multipart/form-data` request into `{ fields, evidence }`: files under the part name `evidence` are stored
 * (content-addressed, typed by content, refused past 20 MiB), the rest are fields, or one JSON part named `json`.
 * Register the route in MULTIPART_ROUTES (http/json-body-parsers.ts) so its body arrives as a stream.
 */
@Injectable()
export class EvidenceUploadService {
  constructor(@Inject(EvidenceStore) private readonly store: EvidenceStore) {}

  async readEvidenceUpload(request: FastifyRequest): Promise<EvidenceUpload> {
    if (!isMultipart(request.headers['content-type'])) {
      throw new UnsupportedMediaTypeException({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        detail: 'Evidence is sent as multipart/form-data, files in the part named evidence',
        errors: [{ field: 'Content-Type', message: 'must be multipart/form-data' }],
      });
    }
    return readMultipart(request.body as Readable, request.headers, this.store);
  }
}
