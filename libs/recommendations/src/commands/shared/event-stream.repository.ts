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
} from '@app/event-store';
import { decide, fold, recommendationDecider, type Decider, type RecommendationCommand } from '../../domain';
import { EventDecoder, UPCASTERS, UpcasterRegistry } from '../../events';
import type { CommandContext, CommandResult } from './command-context';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from './command.errors';
import { deterministicUuid } from './deterministic-id';
import { schemaVersionOf } from './event-schema-versions';
import { idempotencyStream, recommendationStream } from './stream-names';

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

  async execute<C, S, E extends DomainEvent>(
    stream: string,
    decider: Decider<C, S, E>,
    decide: (state: S) => E[],
    context: CommandContext,
  ): Promise<Appended> {
    await this.reserveIdempotencyKey(context);
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.load(stream, decider);
      const earlier = this.earlierAnswer(loaded.recorded, context);
      if (earlier) return earlier;
      const stale = context.expectedRevision !== undefined && loaded.revision !== undefined;
      if (stale && loaded.revision !== context.expectedRevision) {
        throw new ConcurrencyConflictError(stream, context.expectedRevision, loaded.revision);
      }
      const events = decide(loaded.state);
      const last = loaded.recorded[loaded.recorded.length - 1];
      if (events.length === 0) return { revision: last?.revision ?? -1n, position: last?.position ?? 0n };
      try {
        const result = await this.store.append(
          stream,
          this.envelopes(stream, loaded.recorded, events, context),
          {
            expectedRevision: loaded.revision ?? 'no_stream',
          },
        );
        return { revision: result.nextExpectedRevision, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (context.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
          const actual = error.actual === 'no_stream' ? undefined : error.actual;
          throw new ConcurrencyConflictError(stream, context.expectedRevision ?? loaded.revision, actual);
        }
      }
    }
  }

  /** A recommendation command: fold its stream, decide, append; the answer names the recommendation. */
  async decideRecommendation(
    command: RecommendationCommand,
    context: CommandContext,
  ): Promise<CommandResult> {
    const stream = recommendationStream(command.recommendationId);
    const appended = await this.execute(
      stream,
      recommendationDecider,
      (state) => decide(command, state),
      context,
    );
    return { id: command.recommendationId, ...appended };
  }

  /**
   * Claims a stream that exists only to make something unique (a reference, an idempotency key): the first claim
   * wins; a later one with the same claim passes (a retry); a different one gets `conflict()`.
   */
  async claim(
    stream: string,
    type: string,
    data: JsonObject,
    context: CommandContext,
    conflict: (held: JsonObject) => Error,
  ): Promise<void> {
    const sameClaim = (held: JsonObject): boolean =>
      Object.keys(data).every((key) => held[key] === data[key]);
    // A lost race on the append means the stream now holds the winner's claim: the next read judges it.
    for (;;) {
      const [held] = await this.store.readStream(stream, { maxCount: 1 });
      if (held) {
        if (sameClaim(held.data)) return;
        throw conflict(held.data);
      }
      try {
        await this.store.append(stream, this.envelopes(stream, [], [{ type, data }], context), {
          expectedRevision: 'no_stream',
        });
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
  }

  private async reserveIdempotencyKey(context: CommandContext): Promise<void> {
    const key = context.idempotencyKey;
    if (key === undefined) return;
    await this.claim(
      idempotencyStream(context.actor.id, key),
      'IdempotencyKeyUsed',
      { requestHash: context.requestHash ?? '' },
      context,
      () => new IdempotencyKeyReusedError(key),
    );
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
    const occurredAt = this.clock().toISOString();
    const { actor, correlationId, causationId, commandId, idempotencyKey, requestHash } = context;
    const unchained = events.map((event, index) => ({
      id:
        idempotencyKey === undefined
          ? randomUUID()
          : deterministicUuid(actor.id, idempotencyKey, stream, String(index)),
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
      },
    }));
    return chainEvents(lastHash(recorded), unchained);
  }
}
