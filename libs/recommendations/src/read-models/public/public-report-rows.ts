import type { RecordedEvent } from '@app/event-store';
import type { ReadView, Row, Write } from '@app/projections';
import {
  PROGRESS_REPORT_LIFECYCLE,
  type ProgressReportContent,
  type ProgressReportEvent,
} from '../../domain';
import { PROGRESS_REPORT_STREAM_PREFIX } from '../../commands/common/stream-names';
import type { EventDecoder } from '../../events';
import { PUBLIC_TABLES } from './public.tables';

/** What a report may show once validated and published: never its evidence, submitter or comments. */
type PublicContent = Pick<ProgressReportContent, 'periodStart' | 'periodEnd' | 'narrative'> & {
  indicatorValues: { indicatorId: string; value: number }[];
};

const publicContent = (content: ProgressReportContent): PublicContent => ({
  periodStart: content.periodStart,
  periodEnd: content.periodEnd,
  narrative: content.narrative,
  indicatorValues: content.indicatorValues.map(({ indicatorId, value }) => ({ indicatorId, value })),
});

const VALIDATED = PROGRESS_REPORT_LIFECYCLE.validateProgressReport.to;

function publicRows(reportId: string, staged: Row): Write[] {
  const unpublish: Write = { kind: 'delete', table: PUBLIC_TABLES.reports, where: { report_id: reportId } };
  if (Number(staged.published) !== 1 || staged.status !== VALIDATED) return [unpublish];
  const content = JSON.parse(String(staged.content)) as PublicContent;
  const row = {
    report_id: reportId,
    action_id: staged.action_id,
    period_start: content.periodStart,
    period_end: content.periodEnd,
    narrative: content.narrative,
    indicator_values: JSON.stringify(content.indicatorValues),
  };
  return [unpublish, { kind: 'insert', table: PUBLIC_TABLES.reports, row }];
}

function nextStaged(
  reportId: string,
  event: RecordedEvent,
  decoder: EventDecoder,
  before: Row | undefined,
): Row {
  const decoded = decoder.decodeAs<ProgressReportEvent>(event);
  switch (decoded.type) {
    case 'ProgressReportSubmitted':
      return {
        report_id: reportId,
        action_id: decoded.data.actionId,
        status: PROGRESS_REPORT_LIFECYCLE.submitProgressReport.to,
        content: JSON.stringify(publicContent(decoded.data)),
        published: 0,
      };
    case 'ProgressReportResubmitted':
      return {
        ...before,
        status: PROGRESS_REPORT_LIFECYCLE.resubmitProgressReport.to,
        content: JSON.stringify(publicContent(decoded.data)),
      };
    case 'ProgressReportReturned':
      return { ...before, status: PROGRESS_REPORT_LIFECYCLE.returnProgressReport.to };
    case 'ProgressReportValidated':
      return { ...before, status: VALIDATED };
    case 'ProgressReportPublished':
      return { ...before, published: 1 };
    case 'ProgressReportUnpublished':
      return { ...before, published: 0 };
  }
}

/** A report's staged content, and its public row while it is validated and published. */
export function publicReportWrites(event: RecordedEvent, view: ReadView, decoder: EventDecoder): Write[] {
  const reportId = event.stream.slice(PROGRESS_REPORT_STREAM_PREFIX.length);
  const before = view.get(PUBLIC_TABLES.stagedReports, { report_id: reportId });
  if (before === undefined && event.type !== 'ProgressReportSubmitted') return [];
  const staged = nextStaged(reportId, event, decoder, before);
  const touchesPublic = Number(staged.published) === 1 || Number(before?.published ?? 0) === 1;
  return [
    { kind: 'upsert', table: PUBLIC_TABLES.stagedReports, key: ['report_id'], row: staged },
    ...(touchesPublic ? publicRows(reportId, staged) : []),
  ];
}
