import {
  verifyStore,
  type EventStore,
  type VerifiableEvent,
  type VerificationReport,
  type VerifyChainOptions,
} from '@app/event-store';
import type { EvidenceFile } from '@app/recommendations';
import type { EvidenceCondition, EvidenceStore } from './evidence-store';
import { isSha256 } from './sha256';

/** A referenced file that is gone or whose bytes no longer hash to the recorded SHA-256. */
export interface EvidenceProblem {
  stream: string;
  /** The first event naming the file. */
  revision: number;
  eventType: string;
  sha256: string;
  problem: Exclude<EvidenceCondition, 'ok'>;
}

export interface EvidenceReport {
  filesChecked: number;
  problems: EvidenceProblem[];
}

export type VerificationWithEvidence = VerificationReport & { evidence: EvidenceReport };

type Reference = Omit<EvidenceProblem, 'problem'>;

/** The SHA-256s an event's `evidence` entries name, whatever its type (decisions, progress reports). */
export function evidenceHashesOf(data: Readonly<Record<string, unknown>>): string[] {
  const entries = Array.isArray(data.evidence) ? (data.evidence as unknown[]) : [];
  return entries
    .map((entry) =>
      typeof entry === 'object' && entry !== null ? (entry as { sha256?: unknown }).sha256 : undefined,
    )
    .filter(isSha256);
}

/** The file an event of the record names by this hash, as the event recorded it; undefined when none does. */
export function evidenceNamedIn(
  events: readonly { data: Readonly<Record<string, unknown>> }[],
  sha256: string,
): EvidenceFile | undefined {
  for (const { data } of events) {
    const entries = Array.isArray(data.evidence) ? (data.evidence as unknown[]) : [];
    const found = entries.find(
      (entry): entry is EvidenceFile => isEvidenceFile(entry) && entry.sha256 === sha256,
    );
    if (found) return { sha256, fileName: found.fileName, mediaType: found.mediaType, size: found.size };
  }
  return undefined;
}

const isEvidenceFile = (entry: unknown): entry is EvidenceFile =>
  typeof entry === 'object' &&
  entry !== null &&
  isSha256((entry as EvidenceFile).sha256) &&
  typeof (entry as EvidenceFile).fileName === 'string' &&
  typeof (entry as EvidenceFile).mediaType === 'string';

/** Collects the files the log names while it is verified, then checks each file once. */
export class EvidenceReferences {
  private readonly firstReference = new Map<string, Reference>();

  note(event: VerifiableEvent): void {
    for (const sha256 of evidenceHashesOf(event.data)) {
      if (this.firstReference.has(sha256)) continue;
      const { stream, revision, type: eventType } = event;
      this.firstReference.set(sha256, { stream, revision: Number(revision), eventType, sha256 });
    }
  }

  async check(store: EvidenceStore): Promise<EvidenceReport> {
    const problems: EvidenceProblem[] = [];
    for (const reference of this.firstReference.values()) {
      const condition = await store.check(reference.sha256);
      if (condition !== 'ok') problems.push({ ...reference, problem: condition });
    }
    return { filesChecked: this.firstReference.size, problems };
  }
}

/** The chain's report with the files' own: it is `ok` only when both are. */
export const withEvidence = (
  chain: VerificationReport,
  evidence: EvidenceReport,
): VerificationWithEvidence => ({
  ...chain,
  ok: chain.ok && evidence.problems.length === 0,
  evidence,
});

/** `audit verify` over the store: the hash chains, then every evidence file the verified events name, once each. */
export async function verifyStoreWithEvidence(
  store: EventStore,
  files: EvidenceStore,
  options: VerifyChainOptions & { stream?: string } = {},
): Promise<VerificationWithEvidence> {
  const references = new EvidenceReferences();
  const chain = await verifyStore(store, {
    ...options,
    onEvent: (event, count) => {
      references.note(event);
      options.onEvent?.(event, count);
    },
  });
  return withEvidence(chain, await references.check(files));
}
