import { deciderSpec } from '@app/testing';
import { EVIDENCE_PDF, RECOMMENDATION_ID, historyTo } from './recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import { EvidenceFileInvalidError, EvidenceRequiredError } from './recommendation.evidence.errors';

const recommendation = deciderSpec(recommendationDecider);
const attach = (fields: object) => ({
  type: 'attachEvidence' as const,
  recommendationId: RECOMMENDATION_ID,
  evidence: [EVIDENCE_PDF],
  ...fields,
});
const PNG = { sha256: 'b'.repeat(64), fileName: 'photo.png', mediaType: 'image/png', size: 99 };

describe('attachEvidence', () => {
  it('given a reviewed recommendation, when two files are attached without a note, then one event lists both', () => {
    recommendation
      .given(historyTo.reviewed)
      .when(attach({ evidence: [EVIDENCE_PDF, PNG] }))
      .then([{ type: 'EvidenceAttached', data: { evidence: [EVIDENCE_PDF, PNG] } }]);
  });

  it('the same file twice in one command is recorded once', () => {
    recommendation
      .given(historyTo.planned)
      .when(attach({ evidence: [EVIDENCE_PDF, { ...EVIDENCE_PDF, fileName: 'copy.pdf' }] }))
      .then([{ type: 'EvidenceAttached', data: { evidence: [EVIDENCE_PDF] } }]);
  });

  it('a blank note is left out', () => {
    recommendation
      .given(historyTo.proposed)
      .when(attach({ note: '   ' }))
      .then([{ type: 'EvidenceAttached', data: { evidence: [EVIDENCE_PDF] } }]);
  });

  it('with no file: refused, naming the field', () => {
    recommendation
      .given(historyTo.proposed)
      .when(attach({ evidence: [] }))
      .thenThrows(EvidenceRequiredError, { code: 'EVIDENCE.REQUIRED' });
  });

  it.each([
    ['sha256', { sha256: 'not-a-hash' }],
    ['mediaType', { mediaType: 'application/x-msdownload' }],
    ['size', { size: 21 * 1024 * 1024 }],
    ['size', { size: 0 }],
  ])('an entry with an invalid %s is refused, naming the file', (problem, change) => {
    const error = recommendation
      .given(historyTo.proposed)
      .when(attach({ evidence: [{ ...EVIDENCE_PDF, ...change }] }))
      .thenThrows(EvidenceFileInvalidError, { code: 'EVIDENCE.INVALID_FILE' });
    expect(error.details()).toEqual({ field: `evidence.${problem}`, fileName: EVIDENCE_PDF.fileName });
  });

  it('evolve: the state is unchanged (the read model lists the evidence)', () => {
    const after = recommendation
      .given(historyTo.archived)
      .when(attach({}))
      .then([{ type: 'EvidenceAttached', data: { evidence: [EVIDENCE_PDF] } }]);
    expect(after).toEqual(recommendation.given(historyTo.archived).state());
  });
});
