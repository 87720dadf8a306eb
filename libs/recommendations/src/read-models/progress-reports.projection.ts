import type { RecordedEvent } from '@app/event-store';
import type { Projection, ReadView, Write } from '@app/projections';
import {
  ACTION_EVENT_TYPES,
  PROGRESS_REPORT_EVENT_TYPES,
  PROGRESS_REPORT_LIFECYCLE,
  UnexpectedEventError,
  type ActionEvent,
  type ProgressReportContent,
  type ProgressReportEvent,
} from '../domain';
import { ACTION_STREAM_PREFIX, PROGRESS_REPORT_STREAM_PREFIX } from '../commands/common/stream-names';
import { EventDecoder } from '../events';
import { actionRows } from './progress-reports.actions';
import { eventActor, eventTime } from './projected-event';
import { PROGRESS_REPORT_TABLES, REPORT_TABLES } from './progress-reports.tables';

const isActionEvent = (event: RecordedEvent): boolean =>
  event.stream.startsWith(ACTION_STREAM_PREFIX) &&
  (ACTION_EVENT_TYPES as readonly string[]).includes(event.type);
const isReportEvent = (event: RecordedEvent): boolean =>
  event.stream.startsWith(PROGRESS_REPORT_STREAM_PREFIX) &&
  (PROGRESS_REPORT_EVENT_TYPES as readonly string[]).includes(event.type);

/** The content columns and indicator values of a (re)submission; earlier values are replaced. */
function contentRows(
  reportId: string,
  content: ProgressReportContent,
  at: string,
): { set: object; writes: Write[] } {
  const writes: Write[] = [
    { kind: 'delete', table: REPORT_TABLES.values, where: { report_id: reportId } },
    ...content.indicatorValues.map(({ indicatorId, value, note }): Write => ({
      kind: 'insert',
      table: REPORT_TABLES.values,
      row: { report_id: reportId, indicator_id: indicatorId, value, note: note ?? null },
    })),
  ];
  const set = {
    period_start: content.periodStart,
    period_end: content.periodEnd,
    narrative: content.narrative,
    evidence: JSON.stringify(content.evidence),
    submitted_at: at,
  };
  return { set, writes };
}

function reportRows(event: RecordedEvent, decoded: ProgressReportEvent, view: ReadView): Write[] {
  const reportId = event.stream.slice(PROGRESS_REPORT_STREAM_PREFIX.length);
  const at = eventTime(event);
  const actor = eventActor(event).id;
  const stamp = { revision: event.revision, updated_at: at };
  if (decoded.type === 'ProgressReportSubmitted') {
    const { actionId, institutionId } = decoded.data;
    const { set, writes } = contentRows(reportId, decoded.data, at);
    const row = { report_id: reportId, action_id: actionId, institution_id: institutionId, ...set, ...stamp };
    const status = PROGRESS_REPORT_LIFECYCLE.submitProgressReport.to;
    const submitted = { status, submitted_by: actor, first_submitted_at: at };
    return [{ kind: 'insert', table: REPORT_TABLES.reports, row: { ...row, ...submitted } }, ...writes];
  }
  if (view.get(REPORT_TABLES.reports, { report_id: reportId }) === undefined) {
    throw new UnexpectedEventError('none', decoded.type);
  }
  const where = { report_id: reportId };
  const update = (set: object): Write => ({
    kind: 'update',
    table: REPORT_TABLES.reports,
    where,
    set: { ...set, ...stamp },
  });
  switch (decoded.type) {
    case 'ProgressReportReturned':
      return [
        update({
          status: PROGRESS_REPORT_LIFECYCLE.returnProgressReport.to,
          returned_comment: decoded.data.comment,
        }),
      ];
    case 'ProgressReportResubmitted': {
      const { set, writes } = contentRows(reportId, decoded.data, at);
      return [
        update({ ...set, status: PROGRESS_REPORT_LIFECYCLE.resubmitProgressReport.to, submitted_by: actor }),
        ...writes,
      ];
    }
    case 'ProgressReportValidated': {
      const validated = {
        validated_at: at,
        validated_by: actor,
        validated_comment: decoded.data.comment ?? null,
      };
      return [update({ ...validated, status: PROGRESS_REPORT_LIFECYCLE.validateProgressReport.to })];
    }
    case 'ProgressReportPublished':
      return [update({ published: 1 })];
    case 'ProgressReportUnpublished':
      return [update({ published: 0 })];
  }
}

/** Progress reports, and what the inbox needs of actions: their institutions, status and indicator schedules. */
export const progressReportsProjection = (decoder: EventDecoder): Projection => ({
  name: 'progress-reports',
  version: 2,
  tables: PROGRESS_REPORT_TABLES,
  handles: (event) => isReportEvent(event) || isActionEvent(event),
  project: (event, view) =>
    isReportEvent(event)
      ? reportRows(event, decoder.decodeAs<ProgressReportEvent>(event), view)
      : actionRows(event.stream.slice(ACTION_STREAM_PREFIX.length), decoder.decodeAs<ActionEvent>(event)),
});
