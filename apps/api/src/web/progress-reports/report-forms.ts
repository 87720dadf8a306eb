import type { InboxIndicator, ProgressReportAnswer } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { field, formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';
import { evidenceInput, fileProblems } from './report-evidence.view';

/** One input per indicator of the action, named as the API reads them (`indicatorValues.<indicatorId>`). */
function indicatorFields(
  web: WebContext,
  scope: string,
  indicators: readonly InboxIndicator[],
  report?: ProgressReportAnswer,
): Html {
  if (indicators.length === 0) return html``;
  const given = new Map(report?.indicatorValues.map((entry) => [entry.indicatorId, entry.value]));
  return html`<fieldset class="indicator-values">
    <legend>${web.t.progressReports.indicatorValuesLegend}</legend>
    ${indicators.map((indicator) =>
      field(web, scope, {
        name: `indicatorValues.${indicator.indicatorId}`,
        label: indicator.unit === '' ? indicator.name : `${indicator.name} (${indicator.unit})`,
        kind: 'amount',
        value: given.get(indicator.indicatorId),
        hint:
          indicator.target === null
            ? undefined
            : web.t.progressReports.indicatorTarget(web.fmt.number(indicator.target)),
      }),
    )}
  </fieldset>`;
}

/** The period, narrative, indicator values and evidence files a (re)submission sends. */
function contentFields(
  web: WebContext,
  scope: string,
  indicators: readonly InboxIndicator[],
  report?: ProgressReportAnswer,
): Html {
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
  ${indicatorFields(web, scope, indicators, report)} ${evidenceInput(web, scope)}`;
}

/** Posts to POST /actions/:id/progress-reports as multipart (file-forms.ts); the page then reads its own write. */
export function submitForm(
  web: WebContext,
  actionId: string,
  indicators: readonly InboxIndicator[],
  headingId: string,
): Html {
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
    ${contentFields(web, scope, indicators)} ${formEnd(web.t.progressReports.submit)}
  </form>`;
}

/** Posts to POST /progress-reports/:id/resubmit as multipart, with the revision shown (If-Match). */
export function resubmitForm(
  web: WebContext,
  report: ProgressReportAnswer,
  indicators: readonly InboxIndicator[],
  headingId: string,
): Html {
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
    ${contentFields(web, scope, indicators, report)} ${formEnd(web.t.progressReports.resubmit)}
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
