import {
  POSITIONS,
  PROGRESS_STATUSES,
  type PlanWithCounts,
  type RecommendationDetails,
} from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { positionLabel, progressLabel } from '../i18n/labels';
import type { WebContext } from '../web-context';
import type { ActionCommand } from './available-actions';
import { commandMethod, commandRoute } from './command-routes';
import { field, formEnd } from './form-fields';
import { proposalFields, type ProposalValues } from './proposal-fields.view';
import { LINK_FIELDS } from './link-forms.view';

export interface ActionData {
  readonly details: RecommendationDetails;
  /** The proposal fields in the original language, for the forms that edit them. */
  readonly proposal: ProposalValues;
  readonly plans: readonly PlanWithCounts[];
}

type Fields = (web: WebContext, scope: string, data: ActionData) => HtmlValue;

const reason: Fields = (web, scope) =>
  field(web, scope, { name: 'reason', label: web.t.actions.reason, kind: 'textarea', required: true });

const reviewDue = (web: WebContext, scope: string): Html =>
  field(web, scope, {
    name: 'reviewDueDate',
    label: web.t.recommendation.reviewDueDate,
    kind: 'date',
    required: true,
  });

const effectiveDate = (web: WebContext, scope: string): Html =>
  field(web, scope, {
    name: 'effectiveDate',
    label: web.t.actions.effectiveDate,
    kind: 'date',
    hint: web.t.actions.effectiveDateHint,
  });

const evidence = (web: WebContext, scope: string): Html =>
  field(web, scope, {
    name: 'evidence',
    label: web.t.recommendation.evidence,
    kind: 'list',
    hint: web.t.actions.evidenceHint,
  });

/** What to do, who and by when; filled with the link as it stands when updating it. */
function planLinkDetails(web: WebContext, scope: string, plan?: RecommendationDetails['plan']): HtmlValue {
  const { t } = web;
  return [
    field(web, scope, {
      name: 'actionRef',
      label: t.recommendation.actionRef,
      hint: t.actions.actionRefHint,
      value: plan?.actionRef,
    }),
    field(web, scope, {
      name: 'responsibleInstitutions',
      label: t.recommendation.institutions,
      kind: 'list',
      hint: t.actions.listHint,
      value: plan?.responsibleInstitutions,
    }),
    field(web, scope, {
      name: 'targetDate',
      label: t.recommendation.targetDate,
      kind: 'date',
      hint: t.actions.targetDateHint,
      value: plan?.targetDate,
    }),
  ];
}

/** Each command's body, field by field, as its DTO in apps/api/src/recommendations/dto names it. */
const FIELDS: Record<ActionCommand, Fields> = {
  amend: (web, scope, data) => [
    html`<p class="hint">${web.t.actions.keepHint}</p>`,
    proposalFields(web, scope, '', data.proposal),
  ],
  scheduleReview: (web, scope) => [
    reviewDue(web, scope),
    field(web, scope, {
      name: 'meetingRef',
      label: web.t.actions.meetingRef,
      hint: web.t.actions.meetingRefHint,
    }),
  ],
  recordPosition: (web, scope) => [
    field(web, scope, {
      name: 'position',
      label: web.t.recommendation.position,
      kind: 'select',
      required: true,
      choices: POSITIONS.map((position) => ({ value: position, label: positionLabel(web.t, position) })),
    }),
    field(web, scope, {
      name: 'rationale',
      label: web.t.actions.rationale,
      kind: 'textarea',
      hint: web.t.actions.rationaleHint,
    }),
    field(web, scope, {
      name: 'sourceResponse',
      label: web.t.actions.ownResponse,
      hint: web.t.actions.ownResponseHint,
    }),
    effectiveDate(web, scope),
  ],
  deferResponse: (web, scope, data) => [reason(web, scope, data), effectiveDate(web, scope)],
  reopenReview: (web, scope, data) => [reason(web, scope, data), reviewDue(web, scope)],
  reflectInPlan: (web, scope, data) => [
    data.plans.length === 0 ? html`<p class="notice warn">${web.t.actions.noPlans}</p>` : '',
    field(web, scope, {
      name: 'planId',
      label: web.t.recommendation.plan,
      kind: 'select',
      required: true,
      choices: data.plans.map((plan) => ({
        value: plan.id,
        label: web.t.actions.planOption(
          plan.title,
          plan.id,
          web.fmt.date(plan.periodStart),
          web.fmt.date(plan.periodEnd),
        ),
      })),
    }),
    planLinkDetails(web, scope),
  ],
  updatePlanLink: (web, scope, data) => [
    html`<p class="hint">${web.t.actions.keepHint}</p>`,
    planLinkDetails(web, scope, data.details.plan),
  ],
  reportProgress: (web, scope) => [
    field(web, scope, {
      name: 'status',
      label: web.t.recommendation.progressStatus,
      kind: 'select',
      required: true,
      choices: PROGRESS_STATUSES.map((status) => ({ value: status, label: progressLabel(web.t, status) })),
    }),
    field(web, scope, {
      name: 'narrative',
      label: web.t.recommendation.narrative,
      kind: 'textarea',
      required: true,
    }),
    field(web, scope, { name: 'period', label: web.t.recommendation.period, hint: web.t.actions.periodHint }),
    evidence(web, scope),
  ],
  markImplemented: (web, scope) => [
    field(web, scope, {
      name: 'assessment',
      label: web.t.actions.assessment,
      kind: 'textarea',
      required: true,
    }),
    evidence(web, scope),
  ],
  withdraw: reason,
  archive: reason,
  correct: (web, scope, data) => [
    html`<p class="hint">${web.t.actions.correctHint}</p>`,
    html`<fieldset>
      <legend>${web.t.actions.changesLegend}</legend>
      ${proposalFields(web, scope, 'changes.', data.proposal)}
    </fieldset>`,
    reason(web, scope, data),
  ],
  addTranslation: (web, scope) => [
    field(web, scope, {
      name: 'language',
      label: web.t.actions.translationLanguage,
      hint: web.t.actions.languageHint,
      required: true,
    }),
    field(web, scope, {
      name: 'text',
      label: web.t.actions.translationText,
      kind: 'textarea',
      required: true,
    }),
    field(web, scope, {
      name: 'translatedBy',
      label: web.t.actions.translatedBy,
      hint: web.t.actions.translatedByHint,
    }),
  ],
  ...LINK_FIELDS,
};

/** The forms filled with the record as it stands send only what the user changed. */
const EDITS: readonly ActionCommand[] = ['amend', 'updatePlanLink', 'correct'];

const scopeOf = (command: ActionCommand): string => command.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * One action, closed until opened: its form posts to the API's route for the command with the revision this page
 * shows, so a change made meanwhile by someone else is refused (409) instead of overwritten.
 */
export function actionForm(web: WebContext, command: ActionCommand, data: ActionData): Html {
  const label = web.t.actions[command];
  const scope = scopeOf(command);
  return html`<details class="action" id="action-${scope}">
    <summary>${label}</summary>
    <form
      class="command"
      method="post"
      action="${commandRoute(command, data.details.id)}"
      ${commandMethod(command) === 'POST' ? '' : html`data-method="${commandMethod(command)}"`}
      data-revision="${data.details.revision}"
      data-next="self"
      ${EDITS.includes(command) ? html`data-send="changed"` : ''}
      novalidate
    >
      ${FIELDS[command](web, scope, data)} ${formEnd(label)}
    </form>
  </details>`;
}
