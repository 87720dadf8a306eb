import { PROGRESS_REPORT_LIFECYCLE, mayRun, type ProgressReportAnswer } from '@app/recommendations';
import { publicationSection } from '../publication/publication-forms.view';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import type { InstitutionNamer } from '../actions/institution-namer';
import type { WebContext } from '../web-context';
import { actionName, periodOf, statusLabel } from './report-display';
import { reportEvidenceTable } from './report-evidence.view';
import { decisionForms } from './report-forms';

function valuesTable(web: WebContext, report: ProgressReportAnswer): Html {
  const { t, fmt } = web;
  if (report.indicatorValues.length === 0) return html`<p>${t.progressReports.noValues}</p>`;
  return html`<table>
    <caption>
      ${t.progressReports.indicatorValues}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.progressReports.colIndicator}</th>
        <th scope="col" class="number">${t.progressReports.colValue}</th>
        <th scope="col">${t.progressReports.colNote}</th>
      </tr>
    </thead>
    <tbody>
      ${report.indicatorValues.map(
        (value) =>
          html`<tr>
            <th scope="row">${value.indicatorId}</th>
            <td class="number">${fmt.number(value.value)}</td>
            <td>${value.note ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Only a validated report can be published, by whoever the table lets. */
const mayPublish = (web: WebContext, report: ProgressReportAnswer): boolean =>
  (PROGRESS_REPORT_LIFECYCLE.publishProgressReport.from as readonly string[]).includes(report.status) &&
  mayRun(web.user?.roles ?? [], 'publishProgressReport');

/** One report as it stands; the secretariat decides on a submitted one from here too. */
export function progressReportPage(
  web: WebContext,
  report: ProgressReportAnswer,
  nameOf: InstitutionNamer,
): Html {
  const { t, fmt } = web;
  const decides = report.status === 'submitted' && mayRun(web.user?.roles ?? [], 'validateProgressReport');
  const body = html`<p>${t.progressReports.reportOn(actionName(web, report))}</p>
    <dl>
      <dt>${t.progressReports.colInstitution}</dt>
      <dd>${nameOf(report.institutionId)}</dd>
      <dt>${t.progressReports.colPeriod}</dt>
      <dd>${periodOf(web, report)}</dd>
      <dt>${t.progressReports.colStatus}</dt>
      <dd>${statusLabel(web, report.status)}</dd>
    </dl>
    <p>${t.progressReports.submittedBy(report.submittedBy, fmt.dateTime(report.submittedAt))}</p>
    ${
      report.validatedAt === null
        ? ''
        : html`<p>
            ${t.progressReports.validatedBy(report.validatedBy ?? '', fmt.dateTime(report.validatedAt))}
          </p>`
    }
    ${
      report.returnedComment === null
        ? ''
        : html`<p><strong>${t.progressReports.returnedComment}:</strong> ${report.returnedComment}</p>`
    }
    <p class="narrative">${report.narrative}</p>
    ${valuesTable(web, report)}
    <h2>${t.progressReports.evidence}</h2>
    ${reportEvidenceTable(web, report)}
    <p class="hint">${t.progressReports.countsNote}</p>
    ${decides ? decisionForms(web, report) : ''}
    ${
      mayPublish(web, report)
        ? publicationSection(web, {
            path: `/progress-reports/${encodeURIComponent(report.id)}`,
            revision: report.revision,
            published: report.published,
            note: t.publication.reportNote,
          })
        : ''
    }`;
  return layout(web, { title: t.progressReports.reportTitle, body });
}
