import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { logEvents, toExportLine, type EventStore } from '@app/event-store';

export interface ExportSummary {
  events: number;
  streams: number;
}

/** Writes the log (or one stream of it) as NDJSON in position order, waiting whenever the output is full. */
export async function exportLog(
  store: EventStore,
  output: Writable,
  stream?: string,
): Promise<ExportSummary> {
  const streams = new Set<string>();
  let events = 0;
  for await (const event of logEvents(store, stream)) {
    if (!output.write(`${toExportLine(event)}\n`)) await once(output, 'drain');
    streams.add(event.stream);
    events++;
  }
  return { events, streams: streams.size };
}

/** Exports to a file, or to stdout when no file is named. */
export async function exportTo(
  store: EventStore,
  file: string | undefined,
  stream?: string,
): Promise<ExportSummary> {
  if (file === undefined) return exportLog(store, process.stdout, stream);
  const output = createWriteStream(file, { flags: 'wx' });
  await once(output, 'open');
  try {
    return await exportLog(store, output, stream);
  } finally {
    output.end();
    await once(output, 'finish');
  }
}
