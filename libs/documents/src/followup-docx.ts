import type { DocumentSnapshot } from '@app/recommendations';
import { labelsFor } from './catalogue';
import { heading, packDocx, paragraph, title } from './docx-parts';
import { provenanceLines } from './matrix-rows';
import { recommendationPassage } from './midterm-docx';
import type { Progress } from './progress';
import { CountedText } from './word-count';

/** One section per recommendation the secretariat selected, in the order the record holds them. */
export function followupDocx(snapshot: DocumentSnapshot, progress: Progress): Promise<Buffer> {
  const labels = labelsFor(snapshot.language);
  const provenance = provenanceLines(snapshot, labels);
  const words = new CountedText();
  const sections = snapshot.recommendations.flatMap((recommendation, index) => {
    progress(index + 1, snapshot.recommendations.length);
    return [
      heading(`${index + 1}. ${recommendation.reference}`, 1),
      paragraph(recommendation.parties.join(', ')),
      ...recommendationPassage(recommendation, labels, words).slice(1),
    ];
  });
  return packDocx(
    { title: labels.followupTitle, description: provenance.join(' '), time: snapshot.positionTime },
    [
      {
        children: [
          title(labels.followupTitle),
          ...provenance.map((line) => paragraph(line, { italics: true })),
          paragraph(labels.selected(snapshot.recommendations.length)),
          ...sections,
        ],
      },
    ],
  );
}
