import type { VerificationReport } from '@app/event-store';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import type { WebContext } from '../web-context';
import { failureDetail, reasonText, verificationRegion } from './verification.view';

/** The API's download of the whole log, authenticated by the session cookie like any GET of the workspace. */
export const EXPORT_HREF = '/audit/export';
const EXPORT_FILE = 'audit-log.ndjson';

function failures(web: WebContext, report: VerificationReport): Html {
  const { t, fmt } = web;
  return html`<table id="verification-failures">
      <caption>
        ${t.audit.failuresCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.audit.colStream}</th>
          <th scope="col" class="number">${t.audit.colRevision}</th>
          <th scope="col">${t.audit.colReason}</th>
          <th scope="col">${t.audit.colDetail}</th>
        </tr>
      </thead>
      <tbody>
        ${report.failures.map(
          (failure) =>
            html`<tr>
              <th scope="row"><code>${failure.stream}</code></th>
              <td class="number">${fmt.number(failure.revision)}</td>
              <td>${reasonText(t, failure.reason)}</td>
              <td>${failureDetail(failure)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${report.failuresOmitted > 0 ? html`<p>${t.audit.omitted(fmt.number(report.failuresOmitted))}</p>` : ''}`;
}

function result(web: WebContext, report: VerificationReport): Html {
  const { t, fmt } = web;
  const streams = fmt.number(report.streamsChecked);
  const events = fmt.number(report.eventsChecked);
  if (report.ok) return html`<p class="notice ok">${t.audit.intact(streams, events)}</p>`;
  const problems = fmt.number(report.failures.length + report.failuresOmitted);
  return html`<p class="notice error">${t.audit.altered(problems, streams, events)}</p>
    ${failures(web, report)}`;
}

function verifySection(web: WebContext, report: VerificationReport | undefined): Html {
  const { t } = web;
  return html`<section aria-labelledby="verify-heading">
    <h2 id="verify-heading">${t.audit.verifyHeading}</h2>
    <p>${t.audit.verifyExplain}</p>
    <p class="hint" id="verify-hint">${t.audit.verifyTakesLong}</p>
    <form method="get" action="/app/audit">
      <input type="hidden" name="verify" value="true" />
      <button type="submit" aria-describedby="verify-hint">${t.audit.verify}</button>
    </form>
    ${verificationRegion(report === undefined ? '' : result(web, report))}
  </section>`;
}

function exportSection(web: WebContext): Html {
  const { t } = web;
  return html`<section aria-labelledby="export-heading">
    <h2 id="export-heading">${t.audit.exportHeading}</h2>
    <p>${t.audit.exportExplain}</p>
    <p><a class="button" href="${EXPORT_HREF}" download="${EXPORT_FILE}">${t.audit.exportLink}</a></p>
    <p>${t.audit.exportUsesHeading}</p>
    <ul>
      <li>${t.audit.exportUseVerify} <code>cli audit verify --file ${EXPORT_FILE}</code></li>
      <li>${t.audit.exportUseKeep}</li>
      <li>${t.audit.exportUseRead}</li>
    </ul>
  </section>`;
}

export function auditPage(web: WebContext, report: VerificationReport | undefined): Html {
  const { t } = web;
  const body = html`<p>${t.audit.intro}</p>
    ${verifySection(web, report)} ${exportSection(web)}`;
  return layout(web, { title: t.audit.title, area: 'audit', body });
}
