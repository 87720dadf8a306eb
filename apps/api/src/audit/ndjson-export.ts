import { Readable } from 'node:stream';
import { toExportLine, type RecordedEvent } from '@app/event-store';
import type { FastifyReply } from 'fastify';

export const NDJSON_TYPE = 'application/x-ndjson';

/** Lines are sent in chunks of about this size, so a long log is not one write per event. */
const CHUNK_CHARS = 64 * 1024;

async function* exportLines(
  first: IteratorResult<RecordedEvent>,
  rest: AsyncIterator<RecordedEvent>,
): AsyncGenerator<string> {
  let chunk = '';
  for (let next = first; !next.done; next = await rest.next()) {
    chunk += `${toExportLine(next.value)}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/**
 * Streams the events as an NDJSON download, as `cli audit export` writes them. Fastify waits for the client to
 * drain, stops reading the log when the client hangs up, and drops the connection if the log fails midway, so a
 * cut-off export never looks complete.
 */
export function sendNdjsonExport(
  reply: FastifyReply,
  filename: string,
  first: IteratorResult<RecordedEvent>,
  rest: AsyncIterator<RecordedEvent>,
): void {
  void reply
    .type(`${NDJSON_TYPE}; charset=utf-8`)
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('Cache-Control', 'no-store')
    .send(Readable.from(exportLines(first, rest)));
}
