import type { ExpectedRevision, SqliteEventStore } from '@app/event-store';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import {
  AllStreamPosition,
  BadRequest,
  MaximumAppendSizeExceeded,
  WrongExpectedVersion,
  type UUID,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { handleBidiStreamingCall } from '@grpc/grpc-js';
import type { AppendLimits } from './append-call';
import { appendToStore, type AppendOutcome } from './append-to-store';
import { streamNameOf, uuidText } from './wire';

interface PendingBatch {
  correlationId: UUID | undefined;
  options: BatchAppendReq.Options | undefined;
  proposed: BatchAppendReq.ProposedMessage[];
}

/** Streams.BatchAppend: many appends multiplexed on one call by correlation id, each answered once it is final. */
export function batchAppendCall(
  store: SqliteEventStore,
  limits: AppendLimits,
): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> {
  return (call) => {
    const pending = new Map<string, PendingBatch>();
    let answered = Promise.resolve();
    call.on('data', (request: BatchAppendReq) => {
      const key = uuidText(request.getCorrelationId());
      const batch = pending.get(key) ?? {
        correlationId: request.getCorrelationId(),
        options: undefined,
        proposed: [],
      };
      pending.set(key, batch);
      batch.options ??= request.getOptions();
      batch.proposed.push(...request.getProposedMessagesList());
      if (!request.getIsFinal()) return;
      pending.delete(key);
      answered = answered.then(async () => {
        const response = await answer(store, limits, batch);
        if (!call.cancelled && !call.destroyed) call.write(response);
      });
    });
    call.on('end', () => void answered.then(() => call.end()));
  };
}

async function answer(
  store: SqliteEventStore,
  limits: AppendLimits,
  batch: PendingBatch,
): Promise<BatchAppendResp> {
  const options = batch.options ?? new BatchAppendReq.Options();
  const expected = expectedOf(options);
  const response = new BatchAppendResp()
    .setCorrelationId(batch.correlationId)
    .setStreamIdentifier(options.getStreamIdentifier());
  if (typeof expected === 'bigint') response.setStreamPosition(expected.toString());
  else if (expected === 'no_stream') response.setNoStream(new Empty());
  else if (expected === 'stream_exists') response.setStreamExists(new Empty());
  else response.setAny(new Empty());
  const stream = streamNameOf(options.getStreamIdentifier());
  const outcome = await appendToStore(store, stream, expected, batch.proposed, limits.maxAppendSize).catch(
    (error: Error): AppendOutcome => ({ kind: 'invalid', message: error.message }),
  );
  if (outcome.kind === 'success') return response.setSuccess(success(outcome.revision, outcome.position));
  return response.setError(errorStatus(outcome, expected));
}

function expectedOf(options: BatchAppendReq.Options): ExpectedRevision {
  if (options.hasStreamPosition()) return BigInt(options.getStreamPosition());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}

function success(revision: bigint, position: bigint | undefined): BatchAppendResp.Success {
  const answer = new BatchAppendResp.Success();
  if (revision < 0n) answer.setNoStream(new Empty());
  else answer.setCurrentRevision(revision.toString());
  if (position === undefined) answer.setNoPosition(new Empty());
  else
    answer.setPosition(
      new AllStreamPosition().setCommitPosition(`${position}`).setPreparePosition(`${position}`),
    );
  return answer;
}

/** The google.rpc.Status the server sends, with the typed detail the client unpacks. */
function errorStatus(
  outcome: Exclude<AppendOutcome, { kind: 'success' }>,
  expected: ExpectedRevision,
): Status {
  const details = new Any();
  if (outcome.kind === 'wrong-expected-version') {
    const detail = new WrongExpectedVersion();
    if (outcome.current === undefined) detail.setCurrentNoStream(new Empty());
    else detail.setCurrentStreamRevision(outcome.current.toString());
    if (typeof expected === 'bigint') detail.setExpectedStreamPosition(expected.toString());
    else if (expected === 'no_stream') detail.setExpectedNoStream(new Empty());
    else if (expected === 'stream_exists') detail.setExpectedStreamExists(new Empty());
    else detail.setExpectedAny(new Empty());
    details.pack(detail.serializeBinary(), 'event_store.client.WrongExpectedVersion');
    return new Status().setCode(Code.ALREADY_EXISTS).setMessage('WrongExpectedVersion').setDetails(details);
  }
  if (outcome.kind === 'too-large') {
    const detail = new MaximumAppendSizeExceeded().setMaxappendsize(outcome.maxAppendSize);
    details.pack(detail.serializeBinary(), 'event_store.client.MaximumAppendSizeExceeded');
    return new Status()
      .setCode(Code.INVALID_ARGUMENT)
      .setMessage('MaximumAppendSizeExceeded')
      .setDetails(details);
  }
  details.pack(
    new BadRequest().setMessage(outcome.message).serializeBinary(),
    'event_store.client.BadRequest',
  );
  return new Status().setCode(Code.INVALID_ARGUMENT).setMessage(outcome.message).setDetails(details);
}
