import { followupDocx } from './followup-docx';
import { matrixDocx } from './matrix-docx';
import { matrixXlsx } from './matrix-xlsx';
import { midtermDocx } from './midterm-docx';
import { formatFor, type DocumentRequest } from './document-request';
import { NO_PROGRESS, type Progress } from './progress';
import { xmlSafe } from './xml-safe-text';

/** Builds the document's bytes from plain data; the same request gives the same parts, clock aside. */
export function buildDocument(request: DocumentRequest, progress: Progress = NO_PROGRESS): Promise<Buffer> {
  const { kind, groupBy } = request;
  const snapshot = xmlSafe(request.snapshot);
  const format = formatFor(kind, request.format);
  if (kind === 'matrix')
    return format === 'xlsx'
      ? matrixXlsx(snapshot, groupBy, progress)
      : matrixDocx(snapshot, groupBy, progress);
  if (kind === 'upr-midterm') return midtermDocx(snapshot, groupBy, progress);
  return followupDocx(snapshot, progress);
}
