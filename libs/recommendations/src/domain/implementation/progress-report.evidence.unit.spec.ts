import { deciderSpec } from '@app/testing';
import type { EvidenceFile } from './evidence-file';
import { progressReportDecider } from './progress-report.decider';
import { resubmit, resubmitted, returned, submit, submitted } from './progress-report.fixtures';

const report = deciderSpec(progressReportDecider);

const file = (digit: string, fileName: string): EvidenceFile => ({
  sha256: digit.repeat(64),
  fileName,
  mediaType: 'application/pdf',
  size: 1024,
});
const order = file('a', 'order.pdf');
const draft = file('b', 'draft.pdf');
const submittedWithOrder = { ...submitted, data: { ...submitted.data, evidence: [order] } } as never;
const resubmittedWith = (evidence: EvidenceFile[]) =>
  ({ ...resubmitted, data: { ...resubmitted.data, evidence } }) as never;

describe('evidence files on a progress report', () => {
  it('a submission records the files sent with it', () => {
    report
      .given([])
      .when(submit({ evidence: [order] }))
      .then([{ ...submitted, data: { ...submitted.data, evidence: [order] } } as never]);
  });

  it('a resubmission keeps the files already given and adds the new ones', () => {
    report
      .given([submittedWithOrder, returned])
      .when(resubmit({ evidence: [draft] }))
      .then([resubmittedWith([order, draft])]);
  });

  it('a file sent again is listed once', () => {
    report
      .given([submittedWithOrder, returned])
      .when(resubmit({ evidence: [{ ...order, fileName: 'order-again.pdf' }] }))
      .then([resubmittedWith([order])]);
  });

  it("a resubmission without files keeps the report's files", () => {
    report
      .given([submittedWithOrder, returned])
      .when(resubmit())
      .then([resubmittedWith([order])]);
  });
});
