import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError } from '@app/errors';
import {
  EVENT_STORE,
  WrongExpectedVersionError,
  chainEvents,
  lastHash,
  type EventStore,
  type EventToAppend,
  type StreamWrite,
} from '@app/event-store';
import { CLOCK, type Clock } from '@app/config';
import {
  decide,
  evolve,
  mayRun,
  recommendationDecider,
  type CommandName,
  type RecommendationCommand,
  type RecommendationEvent,
  type RecommendationState,
  type Role,
} from '../domain';
import {
  EventStreamRepository,
  deterministicUuid,
  latestCalendarDate,
  recommendationStream,
  referenceKey,
  referenceStream,
  type CommandContext,
} from '../commands';
import { candidateReference, type CandidateToImport } from './candidate-to-import';
import { DuplicateInFileError } from './import.errors';
import { planFor, type CandidatePlan, type RecommendationOutcome } from './import-plan';
import { positionCommands } from './import-positions';

/** Candidates decided and appended together: one transaction per batch on SQLite. */
const BATCH_SIZE = 250;

export type ImportRun = {
  importId: string;
  fileSha256: string;
  actorId: string;
  roles: readonly Role[];
  dryRun: boolean;
  correlationId?: string;
  /** Called after each batch with the number of candidates done. */
  onProgress?: (done: number) => void;
};

export type ImportRowFailure = { rows: number[]; code: string; message: string };

export type ImportOutcome = {
  recommendations: Record<RecommendationOutcome | 'failed', number>;
  positions: { recorded: number; deferred: number; skipped: number };
  failures: ImportRowFailure[];
  /** Events appended (0 for a dry run). */
  appended: number;
};

type Decided = { candidate: CandidateToImport; plan: CandidatePlan; writes: StreamWrite[] };

/**
 * Applies import candidates through the command path: the reference claim finds an existing recommendation, the
 * decider decides, events carry the import in their metadata and are hash-chained, and a batch of candidates is
 * appended in one multi-stream write. A dry run decides the same and appends nothing.
 */
@Injectable()
export class RecommendationImporter {
  constructor(
    private readonly streams: EventStreamRepository,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(candidates: readonly CandidateToImport[], run: ImportRun): Promise<ImportOutcome> {
    const outcome: ImportOutcome = {
      recommendations: { created: 0, updated: 0, unchanged: 0, failed: 0 },
      positions: { recorded: 0, deferred: 0, skipped: 0 },
      failures: [],
      appended: 0,
    };
    const seen = new Set<string>();
    for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
      const batch = candidates.slice(start, start + BATCH_SIZE);
      const decided: Decided[] = [];
      const results = await Promise.allSettled(
        batch.map((candidate) => this.decideOne(candidate, run, seen)),
      );
      results.forEach((result, index) => {
        if (result.status === 'fulfilled') decided.push(result.value);
        else this.fail(outcome, batch[index], result.reason);
      });
      if (!run.dryRun) await this.write(decided, outcome);
      for (const { plan } of decided) {
        outcome.recommendations[plan.outcome] += 1;
        if (plan.position !== undefined) outcome.positions[plan.position] += 1;
      }
      run.onProgress?.(Math.min(start + BATCH_SIZE, candidates.length));
    }
    return outcome;
  }

  private async decideOne(candidate: CandidateToImport, run: ImportRun, seen: Set<string>): Promise<Decided> {
    const reference = candidateReference(candidate);
    if (seen.has(referenceKey(reference))) throw new DuplicateInFileError(reference);
    seen.add(referenceKey(reference));
    const [held] = await this.store.readStream(referenceStream(reference), { maxCount: 1 });
    const recommendationId =
      held === undefined
        ? deterministicUuid('import', referenceKey(reference))
        : String(held.data.recommendationId);
    const stream = recommendationStream(recommendationId);
    const loaded = await this.streams.load(stream, recommendationDecider);
    const fields = planFor(candidate, recommendationId, reference, loaded.state, run.importId);
    const unchained: EventToAppend[] = [];
    const state = this.decideAll(stream, fields.commands, loaded.state, run, candidate, unchained);
    const mayDecide = mayRun(run.roles, 'recordPosition');
    const positions = positionCommands(candidate, state, latestCalendarDate(this.clock()), mayDecide);
    this.decideAll(stream, positions.commands, state, run, candidate, unchained);
    const plan: CandidatePlan = {
      commands: [...fields.commands, ...positions.commands],
      outcome: fields.outcome,
      ...(positions.outcome === undefined ? {} : { position: positions.outcome }),
    };
    const writes: StreamWrite[] = [];
    if (held === undefined && plan.commands.length > 0) {
      const claim = [{ type: 'ReferenceReserved', data: { reference, recommendationId } }];
      const claimEvents = chainEvents(
        lastHash([]),
        this.streams.unchainedEnvelopes('', claim, this.contextFor(run, candidate, 'propose')),
      );
      writes.push({ stream: referenceStream(reference), events: claimEvents, expectedRevision: 'no_stream' });
    }
    if (unchained.length > 0) {
      const events = chainEvents(
        lastHash(loaded.recorded),
        unchained as Array<EventToAppend & { metadata: never }>,
      );
      writes.push({ stream, events, expectedRevision: loaded.revision ?? 'no_stream' });
    }
    return { candidate, plan, writes };
  }

  /** Decides the commands in turn on the folding state, stamping each one's events with its acting role. */
  private decideAll(
    stream: string,
    commands: readonly RecommendationCommand[],
    initial: RecommendationState,
    run: ImportRun,
    candidate: CandidateToImport,
    unchained: EventToAppend[],
  ): RecommendationState {
    let state = initial;
    for (const command of commands) {
      const events: RecommendationEvent[] = decide(command, state);
      state = events.reduce(evolve, state);
      unchained.push(
        ...this.streams.unchainedEnvelopes(stream, events, this.contextFor(run, candidate, command.type)),
      );
    }
    return state;
  }

  private contextFor(run: ImportRun, candidate: CandidateToImport, command: CommandName): CommandContext {
    const commandId = randomUUID();
    // The caller's most specific role that may run the command, as the API's acting role.
    const role = run.roles.find((r) => r !== 'admin' && mayRun([r], command)) ?? 'admin';
    return {
      actor: { id: run.actorId, role },
      correlationId: run.correlationId ?? run.importId,
      causationId: commandId,
      commandId,
      import: { importId: run.importId, fileSha256: run.fileSha256, rows: [...candidate.rows] },
    };
  }

  /** One multi-stream append per batch; a store without transactions, or a refused batch, goes candidate by candidate. */
  private async write(decided: Decided[], outcome: ImportOutcome): Promise<void> {
    const pending = decided.filter((d) => d.writes.length > 0);
    if (pending.length === 0) return;
    if (this.store.atomicAppendMany) {
      try {
        await this.store.appendMany(pending.flatMap((d) => d.writes));
        outcome.appended += countEvents(pending);
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    for (const item of pending) {
      try {
        await this.store.appendMany(item.writes);
        outcome.appended += countEvents([item]);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        decided.splice(decided.indexOf(item), 1);
        this.fail(outcome, item.candidate, error);
      }
    }
  }

  private fail(outcome: ImportOutcome, candidate: CandidateToImport, error: unknown): void {
    if (!(error instanceof AppError) && !(error instanceof WrongExpectedVersionError)) throw error;
    outcome.recommendations.failed += 1;
    const code = error instanceof AppError ? error.code : 'CONCURRENCY_CONFLICT';
    const message =
      error instanceof AppError
        ? error.message
        : 'The recommendation was changed by someone else during the import';
    outcome.failures.push({ rows: [...candidate.rows], code, message });
  }
}

const countEvents = (items: readonly Decided[]): number =>
  items.reduce((sum, item) => sum + item.writes.reduce((n, w) => n + w.events.length, 0), 0);
