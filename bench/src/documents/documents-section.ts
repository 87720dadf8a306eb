import { buildDocumentInThread, type DocumentRequest } from '@app/documents';
import { peakRssDuring } from '../import/process-memory';
import type { BenchOptions } from '../options';
import type { Row } from '../report';
import { generatedSnapshot } from './generated-snapshot';

const RECOMMENDATIONS = 5_000;

const DOCUMENTS: ReadonlyArray<Pick<DocumentRequest, 'kind' | 'format'> & { name: string }> = [
  { name: 'matrix XLSX', kind: 'matrix', format: 'xlsx' },
  { name: 'matrix DOCX', kind: 'matrix', format: 'docx' },
  { name: 'UPR mid-term report DOCX', kind: 'upr-midterm', format: 'docx' },
];

/** Issue 18: each document for 5,000 recommendations, built on a worker thread as the API builds it. */
export async function documentsSection(options: BenchOptions, log: (line: string) => void): Promise<Row[]> {
  const count = options.quick ? 1_000 : RECOMMENDATIONS;
  const snapshot = generatedSnapshot(count);
  // One small build first, so the first figure is not the thread's and the libraries' cold start.
  await buildDocumentInThread({
    kind: 'matrix',
    format: 'xlsx',
    groupBy: 'theme',
    snapshot: generatedSnapshot(50),
  });
  const rows: Row[] = [];
  for (const document of DOCUMENTS) {
    const started = performance.now();
    const { result, peakMiB, beforeMiB } = await peakRssDuring(process.pid, () =>
      buildDocumentInThread({ ...document, groupBy: 'theme', snapshot }),
    );
    const seconds = (performance.now() - started) / 1000;
    log(
      `${document.name}, ${count} recommendations: ${seconds.toFixed(2)} s, peak RSS ${peakMiB.toFixed(0)} MiB`,
    );
    rows.push({
      section: 'documents',
      name: `${document.name}, ${count.toLocaleString('en-US')} recommendations`,
      value: seconds,
      unit: 's',
      extra: { 'peak RSS MiB': peakMiB, 'RSS before MiB': beforeMiB, 'file KiB': result.length / 1024 },
    });
  }
  return rows;
}
