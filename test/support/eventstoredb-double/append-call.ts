import type { ExpectedRevision, SqliteEventStore } from '@app/event-store';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp } from '@eventstore/db-client/generated/streams_pb';
import { Metadata, status, type handleClientStreamingCall } from '@grpc/grpc-js';
import { appendToStore, type AppendOutcome } from './append-to-store';
import { streamNameOf } from './wire';

export interface AppendLimits {
  /** The server's EVENTSTORE_MAX_APPEND_SIZE, in bytes. */
  maxAppendSize: number;
}

/** Streams.Append: the options message, then the proposed events, then one answer. */
export function appendCall(
  store: SqliteEventStore,
  limits: AppendLimits,
): handleClientStreamingCall<AppendReq, AppendResp> {
  return (call, callback) => {
    let options: AppendReq.Options | undefined;
    const proposed: AppendReq.ProposedMessage[] = [];
    call.on('data', (request: AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      const message = request.getProposedMessage();
      if (message) proposed.push(message);
    });
    call.on('end', () => {
      if (!options)
        return callback({
          code: status.INVALID_ARGUMENT,
          details: 'The first message must carry the options',
        });
      const expected = expectedOf(options);
      appendToStore(
        store,
        streamNameOf(options.getStreamIdentifier()),
        expected,
        proposed,
        limits.maxAppendSize,
      ).then(
        (outcome) => answer(outcome, expected, callback),
        (error: Error) => callback({ code: status.UNKNOWN, details: error.message }),
      );
    });
  };
}

function expectedOf(options: AppendReq.Options): ExpectedRevision {
  if (options.hasRevision()) return BigInt(options.getRevision());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}

function answer(
  outcome: AppendOutcome,
  expected: ExpectedRevision,
  callback: Parameters<handleClientStreamingCall<AppendReq, AppendResp>>[1],
): void {
  switch (outcome.kind) {
    case 'success':
      return callback(null, new AppendResp().setSuccess(success(outcome.revision, outcome.position)));
    case 'wrong-expected-version':
      // Not a gRPC error: the real server answers a wrong expected version with this response message.
      return callback(
        null,
        new AppendResp().setWrongExpectedVersion(wrongExpectedVersion(expected, outcome.current)),
      );
    case 'too-large': {
      const metadata = new Metadata();
      metadata.set('exception', 'maximum-append-size-exceeded');
      metadata.set('maximum-append-size', String(outcome.maxAppendSize));
      return callback({
        code: status.INVALID_ARGUMENT,
        details: `Maximum Append Size of ${outcome.maxAppendSize} Exceeded.`,
        metadata,
      });
    }
    case 'invalid':
      return callback({ code: status.INVALID_ARGUMENT, details: outcome.message });
  }
}

function success(revision: bigint, position: bigint | undefined): AppendResp.Success {
  const answer = new AppendResp.Success();
  if (revision < 0n) answer.setNoStream(new Empty());
  else answer.setCurrentRevision(revision.toString());
  if (position === undefined) answer.setNoPosition(new Empty());
  else
    answer.setPosition(
      new AppendResp.Position().setCommitPosition(`${position}`).setPreparePosition(`${position}`),
    );
  return answer;
}

function wrongExpectedVersion(
  expected: ExpectedRevision,
  current: bigint | undefined,
): AppendResp.WrongExpectedVersion {
  const answer = new AppendResp.WrongExpectedVersion();
  if (expected === 'any') answer.setExpectedAny(new Empty()).setAny2060(new Empty());
  else if (expected === 'stream_exists')
    answer.setExpectedStreamExists(new Empty()).setStreamExists2060(new Empty());
  // The server also fills the deprecated 20.6 field with ulong.MaxValue here, which a JS number cannot carry.
  else if (expected === 'no_stream') answer.setExpectedNoStream(new Empty());
  else answer.setExpectedRevision(expected.toString()).setExpectedRevision2060(Number(expected));
  if (current === undefined) answer.setCurrentNoStream(new Empty()).setNoStream2060(new Empty());
  else answer.setCurrentRevision(current.toString()).setCurrentRevision2060(Number(current));
  return answer;
}
