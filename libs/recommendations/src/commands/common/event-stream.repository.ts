import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock } from '@app/config';
import {
  EVENT_STORE,
  WrongExpectedVersionError,
  chainEvents,
  lastHash,
  type EventStore,
  type EventToAppend,
  type JsonObject,
  type RecordedEvent,
  type StreamWrite,
} from '@app/event-store';
import { decide, fold, recommendationDecider, type Decider, type RecommendationCommand } from '../../domain';
import { EventDecoder, UPCASTERS, UpcasterRegistry } from '../../events';
import type { CommandContext, CommandResult } from './command-context';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from './command.errors';
import { deterministicUuid } from './deterministic-id';
import { schemaVersionOf } from './event-schema-versions';
import { idempotencyClaim, isClaimHeld, type StreamClaim } from './idempotency-record';
import { recommendationStream } from './stream-names';

/** Retries against concurrent writers (no If-Match) before answering 409. */
const MAX_ATTEMPTS = 10;

type DomainEvent = { type: string; data: object };

export interface LoadedStream<State> {
  recorded: RecordedEvent[];
  state: State;
  /** The stream's last revision; undefined when it does not exist. */
  revision: bigint | undefined;
}

export interface Appended {
  revision: bigint;
  position: bigint;
}

/** Loads a stream, folds it with a decider, and appends what the decider decides with the revision it read. */
@Injectable()
export class EventStreamRepository {
  private readonly decoder: EventDecoder;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(UPCASTERS) upcasters?: UpcasterRegistry,
  ) {
    this.decoder = new EventDecoder(upcasters);
  }

  async load<C, S, E extends DomainEvent>(
    stream: string,
    decider: Decider<C, S, E>,
  ): Promise<LoadedStream<S>> {
    const recorded = await this.store.readStream(stream);
    // Folds see every payload in its newest shape; `recorded` keeps the stored form.
    const events = recorded.map((event) => this.decoder.decodeAs<E>(event));
    return { recorded, state: fold(decider, events), revision: recorded[recorded.length - 1]?.revision };
  }

  /**
   * Decides on `stream` and appends the decision together with `claims` (streams that make something unique) and the
   * Idempotency-Key's record: all in one transaction when the store allows it, otherwise claims, decision, key record.
   */
  async execute<C, S, E extends DomainEvent>(
    stream: string,
    decider: Decider<C, S, E>,
    decide: (state: S) => E[],
    context: CommandContext,
    claims: readonly StreamClaim[] = [],
  ): Promise<Appended> {
    const keyClaim = idempotencyClaim(context, stream);
    for (let attempt = 1; ; attempt++) {
      // Read-only: a key held for another request is refused before anything is decided or written.
      const keyHeld = keyClaim !== undefined && (await isClaimHeld(this.store, keyClaim));
      const loaded = await this.load(stream, decider);
      const earlier = this.earlierAnswer(loaded.recorded, context);
      if (earlier) {
        // A decision stored without its key record (a crash between the two writes): the retry completes it.
        const recordMissing = keyClaim !== undefined && !keyHeld && !this.store.atomicAppendMany;
        if (recordMissing) await this.recordKeyAfterDecision(keyClaim, context);
        return earlier;
      }
      const stale = context.expectedRevision !== undefined && loaded.revision !== undefined;
      if (stale && loaded.revision !== context.expectedRevision) {
        throw new ConcurrencyConflictError(stream, context.expectedRevision, loaded.revision);
      }
      const events = decide(loaded.state);
      const last = loaded.recorded[loaded.recorded.length - 1];
      if (events.length === 0) return { revision: last?.revision ?? -1n, position: last?.position ?? 0n };
      const decision: StreamWrite = {
        stream,
        events: this.envelopes(stream, loaded.recorded, events, context),
        expectedRevision: loaded.revision ?? 'no_stream',
      };
      try {
        const writes = [...(await this.freeClaims(claims, context)), decision];
        return await this.write(writes, keyHeld ? undefined : keyClaim, context);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // With a key, the next read tells a retry (its first answer) from another request (422) or a stale If-Match.
        const judgeAgain = context.idempotencyKey !== undefined || context.expectedRevision === undefined;
        if (!judgeAgain || attempt >= MAX_ATTEMPTS) {
          const onStream = error.stream === stream ? error.actual : loaded.revision;
          const actual = onStream === 'no_stream' ? undefined : onStream;
          throw new ConcurrencyConflictError(stream, context.expectedRevision ?? loaded.revision, actual);
        }
      }
    }
  }

  /** A recommendation command: fold its stream, decide, append; the answer names the recommendation. */
  async decideRecommendation(
    command: RecommendationCommand,
    context: CommandContext,
    claims: readonly StreamClaim[] = [],
  ): Promise<CommandResult> {
    const stream = recommendationStream(command.recommendationId);
    const appended = await this.execute(
      stream,
      recommendationDecider,
      (state) => decide(command, state),
      context,
      claims,
    );
    return { id: command.recommendationId, ...appended };
  }

  /** The claims not held yet, as writes; a claim held with other data throws its conflict. */
  private async freeClaims(claims: readonly StreamClaim[], context: CommandContext): Promise<StreamWrite[]> {
    const free: StreamWrite[] = [];
    for (const claim of claims) {
      if (!(await isClaimHeld(this.store, claim))) free.push(this.claimWrite(claim, context));
    }
    return free;
  }

  private claimWrite(claim: StreamClaim, context: CommandContext): StreamWrite {
    const events = this.envelopes(claim.stream, [], [{ type: claim.type, data: claim.data }], context);
    return { stream: claim.stream, events, expectedRevision: 'no_stream' };
  }

  /** The decision is the last of `writes`; the key record joins their transaction, or follows the decision. */
  private async write(
    writes: readonly StreamWrite[],
    keyClaim: StreamClaim | undefined,
    context: CommandContext,
  ): Promise<Appended> {
    const atomic = this.store.atomicAppendMany;
    const batch = keyClaim && atomic ? [...writes, this.claimWrite(keyClaim, context)] : writes;
    const results = await this.store.appendMany(batch);
    if (keyClaim && !atomic) await this.recordKeyAfterDecision(keyClaim, context);
    const decided = results[writes.length - 1];
    return { revision: decided.nextExpectedRevision, position: decided.position };
  }

  /**
   * Stores without multi-stream transactions: the key record follows its decision. A record already there is this
   * request's (a concurrent retry) or, in the window described in docs/eventstoredb.md, another request's.
   */
  private async recordKeyAfterDecision(keyClaim: StreamClaim, context: CommandContext): Promise<void> {
    const { stream, events } = this.claimWrite(keyClaim, context);
    try {
      await this.store.append(stream, events, { expectedRevision: 'no_stream' });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
    }
  }

  /** A retry of a command already applied (same Idempotency-Key) gets the first answer again. */
  private earlierAnswer(recorded: readonly RecordedEvent[], context: CommandContext): Appended | undefined {
    if (context.idempotencyKey === undefined) return undefined;
    const applied = recorded.filter((event) => event.metadata.commandId === context.commandId);
    const last = applied[applied.length - 1];
    if (!last) return undefined;
    if (last.metadata.requestHash !== context.requestHash)
      throw new IdempotencyKeyReusedError(context.idempotencyKey);
    return { revision: last.revision, position: last.position };
  }

  private envelopes(
    stream: string,
    recorded: readonly RecordedEvent[],
    events: readonly DomainEvent[],
    context: CommandContext,
  ): EventToAppend[] {
    return chainEvents(lastHash(recorded), this.unchainedEnvelopes(stream, events, context));
  }

  /** The events with their metadata but no hash links yet: a batch chains several commands' events together. */
  unchainedEnvelopes(
    stream: string,
    events: readonly DomainEvent[],
    context: CommandContext,
  ): Array<EventToAppend & { metadata: JsonObject }> {
    const occurredAt = this.clock().toISOString();
    const { actor, correlationId, causationId, commandId, idempotencyKey, requestHash } = context;
    return events.map((event, index) => ({
      // The request hash is part of the id: only a true retry (same key, same body) repeats an append's ids.
      id:
        idempotencyKey === undefined
          ? randomUUID()
          : deterministicUuid(actor.id, idempotencyKey, requestHash ?? '', stream, String(index)),
      type: event.type,
      data: event.data as JsonObject,
      metadata: {
        actor: { id: actor.id, role: actor.role },
        occurredAt,
        correlationId,
        causationId,
        commandId,
        schemaVersion: schemaVersionOf(event.type),
        ...(requestHash === undefined ? {} : { requestHash }),
        ...(context.import === undefined ? {} : { import: { ...context.import } }),
      },
    }));
  }
}
