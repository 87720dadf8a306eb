import type { ProgressReportAnswer } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { fileCells } from '../recommendation/evidence.view';
import type { WebContext } from '../web-context';

/** A report's files, each a download link to the API's route (the same rules as reading the report). */
export function reportEvidenceTable(web: WebContext, report: ProgressReportAnswer): Html {
  const { t } = web;
  if (report.evidence.length === 0) return html`<p>${t.progressReports.noEvidence}</p>`;
  return html`<table class="report-evidence">
    <caption>
      ${t.progressReports.evidenceCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.evidence.colFile}</th>
        <th scope="col">${t.evidence.colType}</th>
        <th scope="col">${t.evidence.colSize}</th>
      </tr>
    </thead>
    <tbody>
      ${report.evidence.map(
        (file) =>
          html`<tr>
            ${fileCells(web, file.href, file)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The refusals of a whole file in the page's words, by code, for file-forms.ts to show (`data-problems`). */
export const fileProblems = (web: WebContext): string =>
  JSON.stringify({
    'EVIDENCE.UNSUPPORTED_TYPE': web.t.evidence.problemUnsupported('{fileName}'),
    'EVIDENCE.FILE_TOO_LARGE': web.t.evidence.problemTooLarge('{fileName}'),
  });

/** The optional evidence files of a (re)submission, sent in the part named `evidence`. */
export function evidenceInput(web: WebContext, scope: string): Html {
  const { t } = web;
  const id = `${scope}-evidence`;
  return html`<div class="field">
    <label for="${id}">${t.progressReports.evidenceFiles}</label>
    <p class="hint" id="${id}-hint">${t.evidence.filesHint}</p>
    <input
      type="file"
      id="${id}"
      name="evidence"
      multiple
      accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
      aria-describedby="${id}-hint ${id}-error"
    />
    <p class="field-error" id="${id}-error" data-error-for="evidence" data-input="${id}" hidden></p>
  </div>`;
}
