import type { Inbox, InboxAction, InboxIndicator } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { actionHref } from '../links';
import type { InstitutionNamer } from '../actions/institution-namer';
import type { WebContext } from '../web-context';
import { actionName, periodOf, reportsTable } from './report-display';
import { resubmitForm, submitForm } from './report-forms';

function returnedReport(
  web: WebContext,
  report: Inbox['needsResubmission'][number],
  indicators: readonly InboxIndicator[],
): Html {
  const { t } = web;
  const headingId = `returned-${report.id}`;
  return html`<article class="card">
    <h3 id="${headingId}">${actionName(web, report)}: ${periodOf(web, report)}</h3>
    <p><strong>${t.progressReports.returnedComment}:</strong> ${report.returnedComment ?? ''}</p>
    <h4>${t.progressReports.resubmitHeading}</h4>
    ${resubmitForm(web, report, indicators, headingId)}
  </article>`;
}

/** A returned report is corrected against its action's indicators, which the inbox lists with the action. */
const indicatorsOf = (inbox: Inbox, actionId: string): readonly InboxIndicator[] =>
  inbox.actions.find((action) => action.actionId === actionId)?.indicators ?? [];

function dueLine(web: WebContext, action: InboxAction): Html {
  const { t, fmt } = web;
  const next =
    action.nextDueDate === null
      ? t.progressReports.noSchedule
      : t.progressReports.nextDue(fmt.date(action.nextDueDate));
  const overdue = action.overdueDueDates.map((date) => fmt.date(date)).join(', ');
  return html`<p>${next}</p>
    ${action.overdueDueDates.length > 0 ? html`<p class="notice error">${t.progressReports.overdue(overdue)}</p>` : ''}`;
}

function actionCard(web: WebContext, action: InboxAction): Html {
  const { t } = web;
  const headingId = `action-${action.actionId}`;
  const submitId = `submit-heading-${action.actionId}`;
  const role = action.role === 'lead' ? t.progressReports.roleLead : t.progressReports.roleSupporting;
  return html`<article class="card" aria-labelledby="${headingId}">
    <h3 id="${headingId}">
      <a href="${actionHref(action.actionId)}">${t.progressReports.action(action.number, action.title)}</a>
    </h3>
    <p>${role} · ${action.planId}</p>
    ${dueLine(web, action)}
    ${
      action.reports.length === 0
        ? html`<p>${t.progressReports.noReports}</p>`
        : reportsTable(web, action.reports, t.progressReports.reportsCaption)
    }
    <h4 id="${submitId}">${t.progressReports.submitHeading}</h4>
    ${submitForm(web, action.actionId, action.indicators, submitId)}
  </article>`;
}

/** The secretariat opens any institution's inbox by its id; a focal point always sees their own. */
export function chooseInstitutionPage(web: WebContext): Html {
  const { t } = web;
  const body = html`<form method="get" action="/app/inbox">
    <div class="field">
      <label for="inbox-institution">${t.progressReports.chooseInstitution}</label>
      <p class="hint" id="inbox-institution-hint">${t.progressReports.chooseInstitutionHint}</p>
      <input id="inbox-institution" name="institution" aria-describedby="inbox-institution-hint" />
    </div>
    <button type="submit">${t.progressReports.open}</button>
  </form>`;
  return layout(web, { title: t.progressReports.inboxTitle, area: 'inbox', body });
}

/** Returned reports to correct first, then every action of the institution with its reports and a submit form. */
export function inboxPage(web: WebContext, inbox: Inbox, nameOf: InstitutionNamer): Html {
  const { t } = web;
  const body = html`<p>${t.progressReports.inboxFor(nameOf(inbox.institutionId))}</p>
    <section aria-labelledby="returned-heading">
      <h2 id="returned-heading">${t.progressReports.needsResubmission}</h2>
      ${
        inbox.needsResubmission.length === 0
          ? html`<p>${t.progressReports.nothingReturned}</p>`
          : inbox.needsResubmission.map((report) =>
              returnedReport(web, report, indicatorsOf(inbox, report.actionId)),
            )
      }
    </section>
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">${t.progressReports.actionsHeading}</h2>
      ${
        inbox.actions.length === 0
          ? html`<p>${t.progressReports.noActions}</p>`
          : inbox.actions.map((action) => actionCard(web, action))
      }
    </section>`;
  return layout(web, { title: t.progressReports.inboxTitle, area: 'inbox', body });
}
