import { jsonMatching } from '@app/testing';
import { EVIDENCE_PDF, decided } from '../domain/recommendation.fixtures';
import {
  hour,
  lifecycleAfter,
  row,
  secretariat,
  toReviewed,
  transition,
} from './lifecycle-projection.fixtures';

describe('recommendation lifecycle projection: evidence', () => {
  it('EvidenceAttached: the view lists the file with its note, decision, time and who attached it; status unchanged', () => {
    lifecycleAfter([...toReviewed, decided.attachEvidence]).then({
      recommendations: [
        row({
          revision: 3,
          status: 'reviewed',
          position: 'supported',
          review_due_date: '2021-05-31',
          updated_at: hour(3),
          view: jsonMatching({
            evidence: [
              {
                ...EVIDENCE_PDF,
                note: 'The signed minutes of the review session.',
                decisionRevision: 2,
                attachedAt: hour(3),
                attachedBy: secretariat,
              },
            ],
          }),
        }),
      ],
    });
  });

  it('the history row says evidence was attached, from and to the same status', () => {
    lifecycleAfter([...toReviewed, decided.attachEvidence]).then({
      recommendation_transitions: expect.arrayContaining([
        transition(3, 'reviewed', 'reviewed', 'EvidenceAttached'),
      ]) as unknown as [],
    });
  });
});
