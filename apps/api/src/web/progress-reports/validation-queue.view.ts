import type { ProgressReportAnswer } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import type { InstitutionNamer } from '../actions/institution-namer';
import type { WebContext } from '../web-context';
import { actionName, periodOf, progressReportHref } from './report-display';
import { reportEvidenceTable } from './report-evidence.view';
import { decisionForms } from './report-forms';

function queued(web: WebContext, report: ProgressReportAnswer, nameOf: InstitutionNamer): Html {
  const { t, fmt } = web;
  const headingId = `queued-${report.id}`;
  return html`<article class="card" aria-labelledby="${headingId}">
    <h2 id="${headingId}">
      <a href="${progressReportHref(report.id)}">${actionName(web, report)}: ${periodOf(web, report)}</a>
    </h2>
    <p>${t.progressReports.colInstitution}: ${nameOf(report.institutionId)}</p>
    <p>${t.progressReports.submittedBy(report.submittedBy, fmt.dateTime(report.submittedAt))}</p>
    <p class="narrative">${report.narrative}</p>
    ${reportEvidenceTable(web, report)} ${decisionForms(web, report)}
  </article>`;
}

/** Submitted reports, the longest-waiting first, each with its validate and return forms. */
export function validationQueuePage(
  web: WebContext,
  reports: readonly ProgressReportAnswer[],
  nameOf: InstitutionNamer,
): Html {
  const { t } = web;
  const body = html`<p>${t.progressReports.queueCaption}</p>
    ${reports.length === 0 ? html`<p class="notice">${t.progressReports.queueEmpty}</p>` : reports.map((report) => queued(web, report, nameOf))}`;
  return layout(web, { title: t.progressReports.queueTitle, area: 'validation', body });
}
