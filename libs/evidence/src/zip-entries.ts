/** Reads a byte range of a file; a ZIP's entry names sit in its central directory, at the end. */
export type ReadRange = (offset: number, length: number) => Promise<Buffer>;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** A real document lists tens of entries; a directory claiming more is not one we need to read. */
const MAX_ENTRIES = 10_000;

/** The entry names of a ZIP container, from its central directory; undefined when it is not a readable ZIP. */
export async function zipEntryNames(size: number, read: ReadRange): Promise<string[] | undefined> {
  const tailLength = Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
  const tail = await read(size - tailLength, tailLength);
  const end = lastEndRecord(tail);
  if (end === undefined) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count > MAX_ENTRIES || directoryOffset + directorySize > size) return undefined;
  return namesIn(await read(directoryOffset, directorySize), count);
}

function lastEndRecord(tail: Buffer): number | undefined {
  for (let at = tail.length - END_RECORD_SIZE; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}

function namesIn(directory: Buffer, count: number): string[] | undefined {
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY) return undefined;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
