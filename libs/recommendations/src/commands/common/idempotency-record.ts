import type { EventStore, JsonObject } from '@app/event-store';
import type { CommandContext } from './command-context';
import { IdempotencyKeyReusedError } from './command.errors';
import { idempotencyStream } from './stream-names';

export const IDEMPOTENCY_KEY_USED = 'IdempotencyKeyUsed';

/** A stream claimed together with a decision (a reference): the first claim wins, the same claim again passes. */
export interface StreamClaim {
  stream: string;
  type: string;
  data: JsonObject;
  conflict: (held: JsonObject) => Error;
}

/** The claim that binds the caller's key to this request; written only with a successful decision. */
export function idempotencyClaim(context: CommandContext, decidedStream: string): StreamClaim | undefined {
  const key = context.idempotencyKey;
  if (key === undefined) return undefined;
  return {
    stream: idempotencyStream(context.actor.id, key),
    type: IDEMPOTENCY_KEY_USED,
    // Only the request hash decides: `stream` tells an auditor where the answer is.
    data: { requestHash: context.requestHash ?? '', stream: decidedStream },
    conflict: () => new IdempotencyKeyReusedError(key),
  };
}

/** Whether `claim` is held already (true) or free (false); held with other data, `claim.conflict` is thrown. */
export async function isClaimHeld(store: EventStore, claim: StreamClaim): Promise<boolean> {
  const [held] = await store.readStream(claim.stream, { maxCount: 1 });
  if (!held) return false;
  if (!sameClaim(claim, held.data)) throw claim.conflict(held.data);
  return true;
}

function sameClaim(claim: StreamClaim, held: JsonObject): boolean {
  // A key record names only the request hash that matters; records written before `stream` was added lack it.
  const keys = claim.type === IDEMPOTENCY_KEY_USED ? ['requestHash'] : Object.keys(claim.data);
  return keys.every((key) => held[key] === claim.data[key]);
}
