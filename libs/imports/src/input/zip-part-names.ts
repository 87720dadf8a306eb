const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const CARRY = 1024;

/**
 * Watches a ZIP stream go by and collects the names of its parts from the local and central directory headers,
 * so a part the XLSX reader skips silently (xl/vbaProject.bin, the macros) is still seen.
 */
export class ZipPartNames {
  readonly names = new Set<string>();
  private tail = Buffer.alloc(0);

  async *watch(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of bytes) {
      this.scan(chunk);
      yield chunk;
    }
    this.scan(Buffer.alloc(0), true);
  }

  private scan(chunk: Buffer, last = false): void {
    const window = Buffer.concat([this.tail, chunk]);
    const limit = last ? window.length : Math.max(0, window.length - CARRY);
    this.collect(window, LOCAL_HEADER, 26, 30, limit);
    this.collect(window, CENTRAL_HEADER, 28, 46, limit);
    this.tail = window.subarray(limit);
  }

  private collect(window: Buffer, signature: Buffer, lengthAt: number, nameAt: number, limit: number): void {
    for (let at = window.indexOf(signature); at >= 0 && at < limit; at = window.indexOf(signature, at + 1)) {
      if (at + nameAt > window.length) continue;
      const length = window.readUInt16LE(at + lengthAt);
      if (at + nameAt + length <= window.length)
        this.names.add(window.toString('latin1', at + nameAt, at + nameAt + length));
    }
  }
}
