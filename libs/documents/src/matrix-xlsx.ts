import ExcelJS from 'exceljs';
import type { DocumentSnapshot } from '@app/recommendations';
import { labelsFor } from './catalogue';
import { clustersOf, type DocumentGrouping } from './clusters';
import { MATRIX_COLUMNS, matrixRow, provenanceLines } from './matrix-rows';
import type { Progress } from './progress';

const WIDTHS: Record<(typeof MATRIX_COLUMNS)[number], number> = {
  reference: 16,
  text: 60,
  parties: 24,
  position: 18,
  actions: 36,
  institutions: 30,
  status: 16,
  progress: 50,
  assessment: 30,
};

/** The matrix as one sheet: title and provenance, a header, then each cluster's heading row and its rows. */
export async function matrixXlsx(
  snapshot: DocumentSnapshot,
  by: DocumentGrouping,
  progress: Progress,
): Promise<Buffer> {
  const labels = labelsFor(snapshot.language);
  const workbook = new ExcelJS.Workbook();
  // The position's time, not the clock's: the same position gives the same core properties.
  workbook.created = workbook.modified = new Date(snapshot.positionTime);
  workbook.creator = workbook.lastModifiedBy = 'recommendation-follow-up';
  workbook.title = labels.matrixTitle;
  workbook.description = provenanceLines(snapshot, labels).join(' ');
  const sheet = workbook.addWorksheet('Matrix');
  sheet.columns = MATRIX_COLUMNS.map((column) => ({ key: column, width: WIDTHS[column] }));
  sheet.addRow([labels.matrixTitle]).font = { bold: true, size: 14 };
  for (const line of provenanceLines(snapshot, labels)) sheet.addRow([line]);
  sheet.addRow([]);
  const header = sheet.addRow(MATRIX_COLUMNS.map((column) => labels.columns[column]));
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  let done = 0;
  for (const cluster of clustersOf(snapshot.recommendations, by, labels, snapshot.language)) {
    const heading = sheet.addRow([cluster.heading]);
    heading.font = { bold: true };
    sheet.mergeCells(heading.number, 1, heading.number, MATRIX_COLUMNS.length);
    for (const recommendation of cluster.recommendations) {
      const row = sheet.addRow(matrixRow(recommendation, labels));
      row.alignment = { wrapText: true, vertical: 'top' };
      progress((done += 1), snapshot.recommendations.length);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
