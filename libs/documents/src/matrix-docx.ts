import type { FileChild } from 'docx';
import type { DocumentSnapshot } from '@app/recommendations';
import { labelsFor } from './catalogue';
import { clustersOf, type DocumentGrouping } from './clusters';
import { heading, packDocx, paragraph, table, title } from './docx-parts';
import { MATRIX_COLUMNS, matrixRow, provenanceLines } from './matrix-rows';
import type { Progress } from './progress';

/** The matrix's body: one table per cluster under its heading; the mid-term report reuses it as its annex. */
export function matrixChildren(
  snapshot: DocumentSnapshot,
  by: DocumentGrouping,
  progress: Progress,
  clusterLevel: 1 | 2 = 1,
): FileChild[] {
  const labels = labelsFor(snapshot.language);
  const header = MATRIX_COLUMNS.map((column) => labels.columns[column]);
  let done = 0;
  return clustersOf(snapshot.recommendations, by, labels, snapshot.language).flatMap((cluster) => {
    const rows = cluster.recommendations.map((recommendation) => {
      progress((done += 1), snapshot.recommendations.length);
      const cells = matrixRow(recommendation, labels);
      return MATRIX_COLUMNS.map((column) => cells[column]);
    });
    return [heading(cluster.heading, clusterLevel), table(header, rows)];
  });
}

export function matrixDocx(
  snapshot: DocumentSnapshot,
  by: DocumentGrouping,
  progress: Progress,
): Promise<Buffer> {
  const labels = labelsFor(snapshot.language);
  const provenance = provenanceLines(snapshot, labels);
  return packDocx(
    { title: labels.matrixTitle, description: provenance.join(' '), time: snapshot.positionTime },
    [
      {
        landscape: true,
        children: [
          title(labels.matrixTitle),
          ...provenance.map((line) => paragraph(line, { italics: true })),
          ...matrixChildren(snapshot, by, progress),
        ],
      },
    ],
  );
}
