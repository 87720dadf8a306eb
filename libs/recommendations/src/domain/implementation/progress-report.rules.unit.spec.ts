import { ActionNotFoundError } from './action.errors';
import { deciderSpec } from '@app/testing';
import { progressReportDecider } from './progress-report.decider';
import {
  ActionClosedForReportsError,
  IndicatorValueInvalidError,
  InstitutionNotResponsibleError,
  InstitutionOutOfScopeError,
  ReportPeriodInvalidError,
  ReportTextRequiredError,
} from './progress-report.errors';
import {
  LEAD,
  OTHER,
  SUPPORTING,
  asFocalPointOf,
  asSecretariat,
  resubmit,
  resubmitted,
  returnIt,
  returned,
  submit,
  submitted,
} from './progress-report.fixtures';

const report = deciderSpec(progressReportDecider);

describe('who may submit a report on an action', () => {
  it('the focal point of the supporting institution, for their institution', () => {
    report
      .given([])
      .when(submit({ institutionId: SUPPORTING, context: asFocalPointOf(SUPPORTING) }))
      .then([{ ...submitted, data: { ...submitted.data, institutionId: SUPPORTING } } as never]);
  });

  it('the secretariat, for any institution of the action', () => {
    report
      .given([])
      .when(submit({ institutionId: SUPPORTING, context: asSecretariat() }))
      .then([{ ...submitted, data: { ...submitted.data, institutionId: SUPPORTING } } as never]);
  });

  it('not a focal point of an institution that neither leads nor supports the action', () => {
    report
      .given([])
      .when(submit({ institutionId: OTHER, context: asFocalPointOf(OTHER) }))
      .thenThrows(InstitutionOutOfScopeError, {
        code: 'PROGRESS_REPORT.INSTITUTION_OUT_OF_SCOPE',
        institutionId: OTHER,
      });
  });

  it('not a focal point reporting for another institution than their own', () => {
    report
      .given([])
      .when(submit({ institutionId: LEAD, context: asFocalPointOf(SUPPORTING) }))
      .thenThrows(InstitutionOutOfScopeError, { institutionId: SUPPORTING });
  });

  it('not the secretariat for an institution the action does not name', () => {
    report
      .given([])
      .when(submit({ institutionId: OTHER, context: asSecretariat() }))
      .thenThrows(InstitutionNotResponsibleError, { code: 'PROGRESS_REPORT.INSTITUTION_NOT_RESPONSIBLE' });
  });

  it('nobody on an action that does not exist', () => {
    report
      .given([])
      .when(submit({ context: { reporterInstitutionId: LEAD } }))
      .thenThrows(ActionNotFoundError, { code: 'ACTION.NOT_FOUND', actionId: 'action-2-1-3' });
  });

  it.each(['planned', 'in_progress', 'delayed'])('on an action %s', (status) => {
    report
      .given([])
      .when(submit({ context: asFocalPointOf(LEAD, status) }))
      .then([submitted]);
  });

  it.each(['completed', 'cancelled'])('nobody on an action %s', (status) => {
    report
      .given([])
      .when(submit({ context: asSecretariat(status) }))
      .thenThrows(ActionClosedForReportsError, {
        code: 'PROGRESS_REPORT.ACTION_CLOSED',
        actionStatus: status,
      });
  });

  it('tells another institution it is out of scope before telling it the action is closed', () => {
    report
      .given([])
      .when(submit({ institutionId: OTHER, context: asFocalPointOf(OTHER, 'cancelled') }))
      .thenThrows(InstitutionOutOfScopeError);
  });
});

describe('what a report must hold', () => {
  it('a period that does not end before it starts (one day is fine)', () => {
    report
      .given([])
      .when(submit({ periodStart: '2025-07-01', periodEnd: '2025-06-30' }))
      .thenThrows(ReportPeriodInvalidError, { code: 'PROGRESS_REPORT.INVALID_PERIOD' });
    report
      .given([])
      .when(submit({ periodStart: '2025-06-30', periodEnd: '2025-06-30' }))
      .then([{ ...submitted, data: { ...submitted.data, periodStart: '2025-06-30' } } as never]);
  });

  it("values only for the action's own indicators, each once", () => {
    report
      .given([])
      .when(submit({ indicatorValues: [{ indicatorId: 'ind-9', value: 1 }] }))
      .thenThrows(IndicatorValueInvalidError, { indicatorId: 'ind-9', reason: 'unknown' });
    const twice = [
      { indicatorId: 'ind-2', value: 1 },
      { indicatorId: 'ind-2', value: 2 },
    ];
    report
      .given([])
      .when(submit({ indicatorValues: twice }))
      .thenThrows(IndicatorValueInvalidError, { indicatorId: 'ind-2', reason: 'repeated' });
  });

  it('a narrative that is not blank, on submission and resubmission', () => {
    report
      .given([])
      .when(submit({ narrative: '  ' }))
      .thenThrows(ReportTextRequiredError, { field: 'narrative', command: 'submitProgressReport' });
    report
      .given([submitted, returned])
      .when(resubmit({ narrative: '' }))
      .thenThrows(ReportTextRequiredError, { field: 'narrative', command: 'resubmitProgressReport' });
  });

  it('a resubmission holds to the same rules', () => {
    report
      .given([submitted, returned])
      .when(resubmit({ indicatorValues: [{ indicatorId: 'ind-9', value: 1 }] }))
      .thenThrows(IndicatorValueInvalidError);
  });
});

describe('returning and resubmitting', () => {
  it('a return needs a comment', () => {
    report
      .given([submitted])
      .when({ ...returnIt, comment: ' ' } as never)
      .thenThrows(ReportTextRequiredError, { code: 'PROGRESS_REPORT.TEXT_REQUIRED', field: 'comment' });
  });

  it("the reporting institution's focal point or the secretariat resubmits", () => {
    report.given([submitted, returned]).when(resubmit()).then([resubmitted]);
    report
      .given([submitted, returned])
      .when(resubmit({ context: asSecretariat() }))
      .then([resubmitted]);
  });

  it("not the focal point of another institution, even one of the action's", () => {
    report
      .given([submitted, returned])
      .when(resubmit({ context: asFocalPointOf(SUPPORTING) }))
      .thenThrows(InstitutionOutOfScopeError, { institutionId: SUPPORTING });
  });

  it('tells another institution it is out of scope before telling it the report is not returned', () => {
    report
      .given([submitted])
      .when(resubmit({ context: asFocalPointOf(SUPPORTING) }))
      .thenThrows(InstitutionOutOfScopeError, { institutionId: SUPPORTING });
  });

  it('even once the action is completed: the report was made while it was open', () => {
    report
      .given([submitted, returned])
      .when(resubmit({ context: asFocalPointOf(LEAD, 'completed') }))
      .then([resubmitted]);
  });
});
