import { EventLog, projectionSpec } from '@app/testing';
import {
  submitted,
  returned,
  resubmitted,
  validated,
} from '../domain/implementation/progress-report.fixtures';
import { EventDecoder } from '../events';
import { progressReportsProjection } from './progress-reports.projection';

const projection = projectionSpec(progressReportsProjection(new EventDecoder()));
const at = '2025-07-01T09:00:00.000Z';
const later = '2025-07-02T09:00:00.000Z';
const focalPoint = { id: 'merjen', role: 'focal_point' };

const actionCreated = {
  type: 'ActionCreated',
  data: {
    actionId: 'action-2-1-3',
    planId: 'NHRAP-2021-2025',
    number: '2.1.3',
    title: 'Draft amendments',
    leadInstitutionId: 'ministry-of-justice',
    supportingInstitutionIds: ['ombudsperson'],
  },
};

describe('the progress-reports projection', () => {
  it("keeps each action's institutions by role, replacing a role's rows when the action is updated", () => {
    const log = new EventLog();
    projection
      .given([log.record('action-a1', actionCreated, { at })])
      .when(
        log.record(
          'action-a1',
          { type: 'ActionUpdated', data: { supportingInstitutionIds: ['mfa'] } },
          { at },
        ),
        log.record('action-a1', { type: 'ActionStarted', data: {} }, { at }),
      )
      .then({
        report_action_institutions: [
          { action_id: 'a1', institution_id: 'mfa', role: 'supporting' },
          { action_id: 'a1', institution_id: 'ministry-of-justice', role: 'lead' },
        ],
        report_actions: [
          {
            action_id: 'a1',
            plan_id: 'NHRAP-2021-2025',
            number: '2.1.3',
            title: 'Draft amendments',
            status: 'in_progress',
            target_date: null,
          },
        ],
      });
  });

  it('follows a report through return, resubmission and validation, replacing its indicator values', () => {
    const log = new EventLog();
    const stream = 'progress-report-r1';
    projection
      .given([log.record(stream, submitted, { at, actor: focalPoint })])
      .when(
        log.record(stream, returned, { at: later }),
        log.record(
          stream,
          { ...resubmitted, data: { ...resubmitted.data, indicatorValues: [] } },
          {
            at: later,
            actor: focalPoint,
          },
        ),
        log.record(stream, validated, { at: later }),
      )
      .then({
        progress_report_values: [],
        progress_reports: [
          expect.objectContaining({
            report_id: 'r1',
            action_id: 'action-2-1-3',
            institution_id: 'ministry-of-justice',
            status: 'validated',
            narrative: 'Amendments adopted in first reading.',
            first_submitted_at: at,
            submitted_at: later,
            submitted_by: 'merjen',
            returned_comment: 'Attach the draft.',
            validated_by: 'amina',
            revision: 3,
          }),
        ],
      });
  });

  it('keeps the values of a submission', () => {
    const log = new EventLog();
    projection
      .given([])
      .when(log.record('progress-report-r1', submitted, { at }))
      .then({ progress_report_values: [{ report_id: 'r1', indicator_id: 'ind-1', value: 12, note: null }] });
  });
});
