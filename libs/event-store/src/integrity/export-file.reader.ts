import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { VerifiableEvent } from './chain-report';
import { parseExportLine } from './export-format';

export interface ReadExportOptions {
  /** Called with the bytes read so far, e.g. to move a progress bar. */
  onProgress?: (bytesRead: number) => void;
}

/** The events of an export file, one line at a time; blank lines are skipped. */
export async function* readExportFile(
  file: string,
  options: ReadExportOptions = {},
): AsyncGenerator<VerifiableEvent> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  let bytesRead = 0;
  for await (const text of lines) {
    lineNumber++;
    bytesRead += Buffer.byteLength(text, 'utf8') + 1;
    options.onProgress?.(bytesRead);
    if (text.trim() === '') continue;
    yield parseExportLine(text, lineNumber);
  }
}
