import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  EvidenceFileAlteredError,
  EvidenceFileMissingError,
  EvidenceNotFoundError,
  EvidenceStore,
  attachmentDisposition,
  evidenceNamedIn,
} from '@app/evidence';

/**
 * Sends a stored evidence file, only when the record's own events name its hash (the caller has already checked
 * the caller may read that record): the type from the record, always as an attachment, never sniffed.
 * H2's `GET /progress-reports/:id/evidence/:sha256` calls it with the report's events, as recommendations do.
 */
@Injectable()
export class EvidenceDownloads {
  constructor(@Inject(EvidenceStore) private readonly store: EvidenceStore) {}

  async send(
    reply: FastifyReply,
    recordEvents: readonly { data: Readonly<Record<string, unknown>> }[],
    sha256: string,
  ): Promise<FastifyReply> {
    const file = evidenceNamedIn(recordEvents, sha256);
    if (file === undefined) throw new EvidenceNotFoundError(sha256);
    // Re-hashed before it is served: altered bytes are never handed out as the recorded evidence.
    const condition = await this.store.check(sha256);
    if (condition === 'evidence_missing') throw new EvidenceFileMissingError(sha256);
    if (condition === 'evidence_altered') throw new EvidenceFileAlteredError(sha256);
    return reply
      .type(file.mediaType)
      .header('Content-Length', file.size)
      .header('Content-Disposition', attachmentDisposition(file.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .send(this.store.read(sha256));
  }
}
