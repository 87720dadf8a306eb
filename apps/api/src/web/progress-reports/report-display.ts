import type { ProgressReportAnswer } from '@app/recommendations';
import { html, type Html } from '../html/html';
import type { WebContext } from '../web-context';

export const progressReportHref = (id: string): string => `/app/progress-reports/${encodeURIComponent(id)}`;

export function statusLabel(web: WebContext, status: ProgressReportAnswer['status']): string {
  const { t } = web;
  const labels = {
    submitted: t.progressReports.statusSubmitted,
    returned: t.progressReports.statusReturned,
    validated: t.progressReports.statusValidated,
  };
  return labels[status];
}

export const periodOf = (web: WebContext, report: ProgressReportAnswer): string =>
  web.t.progressReports.period(web.fmt.date(report.periodStart), web.fmt.date(report.periodEnd));

export const actionName = (web: WebContext, report: ProgressReportAnswer): string =>
  report.action === null
    ? report.actionId
    : web.t.progressReports.action(report.action.number, report.action.title);

/** A list of reports: period (linking to the report), status, when last submitted. */
export function reportsTable(
  web: WebContext,
  reports: readonly ProgressReportAnswer[],
  caption: string,
): Html {
  const { t, fmt } = web;
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.progressReports.colPeriod}</th>
        <th scope="col">${t.progressReports.colStatus}</th>
        <th scope="col">${t.progressReports.colSubmitted}</th>
      </tr>
    </thead>
    <tbody>
      ${reports.map(
        (report) =>
          html`<tr>
            <th scope="row"><a href="${progressReportHref(report.id)}">${periodOf(web, report)}</a></th>
            <td>${statusLabel(web, report.status)}</td>
            <td>${fmt.dateTime(report.submittedAt)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
