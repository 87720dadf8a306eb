import { status, type Metadata, type ServerWritableStream } from '@grpc/grpc-js';

/** Thrown when the client went away (cancelled, disconnected) while the double was still sending. */
export class CallGone extends Error {
  constructor() {
    super('The call was cancelled');
  }
}

/** Sends on a server stream with flow control, and stops as soon as the call is gone. */
export class CallWriter<Message> {
  constructor(private readonly call: ServerWritableStream<unknown, Message>) {}

  get gone(): boolean {
    return this.call.cancelled || this.call.destroyed;
  }

  async send(message: Message): Promise<void> {
    if (this.gone) throw new CallGone();
    if (this.call.write(message)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.call.off('drain', done).off('close', done).off('cancelled', done);
        resolve();
      };
      this.call.on('drain', done).on('close', done).on('cancelled', done);
    });
  }

  /** Runs once the client has cancelled or the connection is gone. */
  onGone(listener: () => void): void {
    if (this.gone) return listener();
    this.call.once('cancelled', listener).once('close', listener);
  }

  end(): void {
    if (!this.gone) this.call.end();
  }

  /** Ends the call with a status, as the server's RpcException would. */
  fail(code: status, details: string, metadata?: Metadata): void {
    if (!this.gone) this.call.emit('error', { code, details, metadata });
  }
}
