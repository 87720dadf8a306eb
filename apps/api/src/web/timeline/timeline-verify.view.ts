import type { VerificationReport } from '@app/event-store';
import type { Timeline } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { failureDetail, reasonText, verificationRegion } from '../audit/verification.view';
import type { WebContext } from '../web-context';

export interface VerifyShown {
  /** Where the form goes back to, keeping the day and timeline shown. */
  action: string;
  asOf?: string;
  timeline: Timeline;
  report?: VerificationReport;
  lastHash: unknown;
}

function result(web: WebContext, report: VerificationReport, lastHash: unknown): Html {
  const { t, fmt } = web;
  if (report.ok) {
    return html`<p class="notice ok">${t.timeline.verified(fmt.number(report.eventsChecked))}</p>
      <p>
        ${t.timeline.lastHash}:
        <code class="hash">${typeof lastHash === 'string' ? lastHash : ''}</code>
      </p>`;
  }
  const problems = fmt.number(report.failures.length + report.failuresOmitted);
  return html`<p class="notice error">${t.timeline.broken(problems)}</p>
    <ul class="failures">
      ${report.failures.map(
        (failure) =>
          html`<li>
            <strong>${t.timeline.brokenAt(fmt.number(failure.revision))}:</strong>
            ${reasonText(t, failure.reason)}
            <br /><span class="hint">${failureDetail(failure)}</span>
          </li>`,
      )}
    </ul>`;
}

/** The Verify button, a GET form keeping the page's day and timeline, and what the verification found. */
export function verifyPanel(web: WebContext, shown: VerifyShown): Html {
  const { t } = web;
  return html`<section aria-labelledby="verify-heading" class="panel">
    <h2 id="verify-heading">${t.timeline.verifyHeading}</h2>
    <p class="hint" id="verify-hint">${t.timeline.verifyHint}</p>
    <form method="get" action="${shown.action}">
      ${shown.asOf === undefined ? '' : html`<input type="hidden" name="asOf" value="${shown.asOf}" />`}
      <input type="hidden" name="timeline" value="${shown.timeline}" />
      <input type="hidden" name="verify" value="true" />
      <button type="submit" aria-describedby="verify-hint">${t.timeline.verify}</button>
    </form>
    ${verificationRegion(shown.report === undefined ? '' : result(web, shown.report, shown.lastHash))}
  </section>`;
}
