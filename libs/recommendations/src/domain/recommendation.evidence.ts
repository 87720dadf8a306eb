import { withoutUndefined } from './plain-json.util';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, type EvidenceFile } from './implementation/evidence-file';
import type { AttachEvidence } from './recommendation.commands';
import { EvidenceFileInvalidError, EvidenceRequiredError } from './recommendation.evidence.errors';
import type { RecommendationEvent } from './recommendation.events';

const SHA256 = /^[0-9a-f]{64}$/;

function checkFile(file: EvidenceFile): void {
  if (!SHA256.test(file.sha256)) throw new EvidenceFileInvalidError(file.fileName, 'sha256');
  if (!(EVIDENCE_MEDIA_TYPES as readonly string[]).includes(file.mediaType))
    throw new EvidenceFileInvalidError(file.fileName, 'mediaType');
  if (!Number.isInteger(file.size) || file.size < 1 || file.size > MAX_EVIDENCE_BYTES)
    throw new EvidenceFileInvalidError(file.fileName, 'size');
}

/** The files as the event records them, each once (the same bytes uploaded twice are one file). */
export function evidenceAttachmentOf(command: AttachEvidence): RecommendationEvent[] {
  if (command.evidence.length === 0) throw new EvidenceRequiredError();
  command.evidence.forEach(checkFile);
  const seen = new Set<string>();
  const unique = command.evidence.filter((file) => !seen.has(file.sha256) && seen.add(file.sha256));
  const evidence = unique.map(({ sha256, fileName, mediaType, size }) => ({
    sha256,
    fileName,
    mediaType,
    size,
  }));
  const note = command.note?.trim() === '' ? undefined : command.note;
  return [
    {
      type: 'EvidenceAttached',
      data: withoutUndefined({ evidence, note, decisionRevision: command.decisionRevision }),
    },
  ];
}
