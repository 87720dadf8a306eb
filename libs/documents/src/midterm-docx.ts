import type { FileChild } from 'docx';
import type { DocumentRecommendation, DocumentSnapshot } from '@app/recommendations';
import { labelsFor, type DocumentLabels } from './catalogue';
import { clustersOf, type DocumentGrouping } from './clusters';
import { heading, packDocx, paragraph, placeholder, table, title } from './docx-parts';
import { matrixChildren } from './matrix-docx';
import { provenanceLines } from './matrix-rows';
import type { Progress } from './progress';
import { summaryRows } from './summary-counts';
import { CountedText, UPR_WORD_LIMIT } from './word-count';

/** One recommendation's passage: its reference, the State's position, what was done and what remains. */
export function recommendationPassage(
  recommendation: DocumentRecommendation,
  labels: DocumentLabels,
  words: CountedText,
): FileChild[] {
  const position =
    recommendation.position === null ? labels.noPosition : labels.positions[recommendation.position];
  const done = recommendation.validatedProgress.map((report) =>
    paragraph(words.add(`${report.periodEnd} (${report.actionNumber}): ${report.narrative}`)),
  );
  return [
    heading(words.add(labels.recommendation(recommendation.reference)), 3),
    paragraph(words.add(recommendation.text), { italics: true }),
    paragraph(words.add(`${labels.statePosition}: ${position}`)),
    paragraph(words.add(`${labels.whatWasDone}:`), { bold: true }),
    ...(done.length > 0 ? done : [paragraph(words.add(labels.nothingValidated))]),
    paragraph(words.add(`${labels.whatRemains}: ${labels.statuses[recommendation.status]}`)),
  ];
}

function summaryChildren(
  snapshot: DocumentSnapshot,
  labels: DocumentLabels,
  words: CountedText,
): FileChild[] {
  const { byPosition, byStatus } = summaryRows(snapshot.recommendations, labels);
  const counted = (rows: string[][]) => rows.map((row) => row.map((text) => words.add(text)));
  return [
    heading(words.add(labels.summaryTables), 1),
    heading(words.add(labels.countByPosition), 2),
    table([words.add(labels.columns.position), words.add(labels.count)], counted(byPosition)),
    heading(words.add(labels.countByStatus), 2),
    table([words.add(labels.columns.status), words.add(labels.count)], counted(byStatus)),
  ];
}

/** The draft: editable introduction and method, a section per cluster, summary tables, word count, the matrix. */
export function midtermDocx(
  snapshot: DocumentSnapshot,
  by: DocumentGrouping,
  progress: Progress,
): Promise<Buffer> {
  const labels = labelsFor(snapshot.language);
  const words = new CountedText();
  const provenance = provenanceLines(snapshot, labels);
  const body: FileChild[] = [
    title(words.add(labels.midtermTitle)),
    ...provenance.map((line) => paragraph(line, { italics: true })),
    heading(words.add(labels.introduction)),
    placeholder(labels.placeholder, labels.introductionPlaceholder),
    heading(words.add(labels.method)),
    placeholder(labels.placeholder, labels.methodPlaceholder),
    ...clustersOf(snapshot.recommendations, by, labels, snapshot.language).flatMap((cluster) => [
      heading(words.add(cluster.heading), 2),
      ...cluster.recommendations.flatMap((recommendation) =>
        recommendationPassage(recommendation, labels, words),
      ),
    ]),
    ...summaryChildren(snapshot, labels, words),
  ];
  const count = words.count;
  const wordCount = [paragraph(labels.wordCount(count, UPR_WORD_LIMIT), { bold: true })];
  if (count > UPR_WORD_LIMIT)
    wordCount.push(paragraph(labels.overWordLimit(count, UPR_WORD_LIMIT), { bold: true }));
  const annex = [heading(labels.annex), ...matrixChildren(snapshot, by, progress, 2)];
  return packDocx(
    { title: labels.midtermTitle, description: provenance.join(' '), time: snapshot.positionTime },
    [{ children: [...body, ...wordCount] }, { landscape: true, children: annex }],
  );
}
