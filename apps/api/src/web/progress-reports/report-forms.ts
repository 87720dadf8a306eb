import type { ProgressReportAnswer } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { field, formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';
import { evidenceInput, fileProblems } from './report-evidence.view';

/** The period, narrative and evidence files a (re)submission sends; indicator values go through the API. */
function contentFields(web: WebContext, scope: string, report?: ProgressReportAnswer): Html {
  const { t } = web;
  return html`${field(web, scope, {
    name: 'periodStart',
    label: t.progressReports.periodStart,
    kind: 'date',
    required: true,
    value: report?.periodStart,
  })}
  ${field(web, scope, {
    name: 'periodEnd',
    label: t.progressReports.periodEnd,
    kind: 'date',
    required: true,
    value: report?.periodEnd,
  })}
  ${field(web, scope, {
    name: 'narrative',
    label: t.progressReports.narrative,
    kind: 'textarea',
    required: true,
    value: report?.narrative,
  })}
  ${evidenceInput(web, scope)}`;
}

/** Posts to POST /actions/:id/progress-reports as multipart (file-forms.ts); the page then reads its own write. */
export function submitForm(web: WebContext, actionId: string, headingId: string): Html {
  const scope = `submit-${actionId}`;
  return html`<form
    class="command"
    method="post"
    enctype="multipart/form-data"
    action="/actions/${actionId}/progress-reports"
    data-next="self"
    data-problems="${fileProblems(web)}"
    aria-labelledby="${headingId}"
    novalidate
  >
    ${contentFields(web, scope)} ${formEnd(web.t.progressReports.submit)}
  </form>`;
}

/** Posts to POST /progress-reports/:id/resubmit as multipart, with the revision shown (If-Match). */
export function resubmitForm(web: WebContext, report: ProgressReportAnswer, headingId: string): Html {
  const scope = `resubmit-${report.id}`;
  return html`<form
    class="command"
    method="post"
    enctype="multipart/form-data"
    action="/progress-reports/${report.id}/resubmit"
    data-revision="${report.revision}"
    data-next="self"
    data-problems="${fileProblems(web)}"
    aria-labelledby="${headingId}"
    novalidate
  >
    ${contentFields(web, scope, report)} ${formEnd(web.t.progressReports.resubmit)}
  </form>`;
}

/** The secretariat's two answers to a submitted report, each its own small form. */
export function decisionForms(web: WebContext, report: ProgressReportAnswer): Html {
  const { t } = web;
  const common = (step: string) =>
    html`class="command" method="post" action="/progress-reports/${report.id}/${step}"
    data-revision="${report.revision}" data-next="self" novalidate`;
  return html`<div class="decisions">
    <form ${common('validate')} aria-label="${t.progressReports.validateHeading}">
      ${field(web, `validate-${report.id}`, { name: 'comment', label: t.progressReports.validateComment })}
      ${formEnd(t.progressReports.validate)}
    </form>
    <form ${common('return')} aria-label="${t.progressReports.returnHeading}">
      ${field(web, `return-${report.id}`, {
        name: 'comment',
        label: t.progressReports.returnComment,
        kind: 'textarea',
        required: true,
      })}
      ${formEnd(t.progressReports.return)}
    </form>
  </div>`;
}
