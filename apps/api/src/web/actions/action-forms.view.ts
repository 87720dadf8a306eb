import {
  ACTION_LIFECYCLE,
  mayRun,
  type ActionCommandType,
  type ActionDetailsAnswer,
} from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { field, formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';

/** The status commands, each with its route under /actions/:id and the label of its button. */
const STATUS_COMMANDS = {
  startAction: { path: 'start', label: 'start' },
  delayAction: { path: 'delay', label: 'delay' },
  resumeAction: { path: 'resume', label: 'resume' },
  completeAction: { path: 'complete', label: 'complete' },
  cancelAction: { path: 'cancel', label: 'cancel' },
} as const;
type StatusCommand = keyof typeof STATUS_COMMANDS;

const allowedFrom = (command: ActionCommandType, status: string): boolean =>
  (ACTION_LIFECYCLE[command].from as readonly string[]).includes(status);

/** What the table allows from the action's status and the user's roles; an implied action counts as planned. */
export const mayChange = (
  web: WebContext,
  action: ActionDetailsAnswer,
  command: ActionCommandType,
): boolean => allowedFrom(command, action.status) && mayRun(web.user?.roles ?? [], command);

/** A form posting to the API with the revision this page shows (If-Match), reading the page again after. */
function commandForm(
  action: ActionDetailsAnswer,
  path: string,
  scope: string,
  fields: HtmlValue,
  label: string,
): Html {
  return html`<details class="action" id="action-${scope}">
    <summary>${label}</summary>
    <form
      class="command"
      method="post"
      action="/actions/${encodeURIComponent(action.id)}/${path}"
      ${action.revision === null ? '' : html`data-revision="${action.revision}"`}
      data-next="consistent"
      novalidate
    >
      ${fields} ${formEnd(label)}
    </form>
  </details>`;
}

function statusForm(web: WebContext, action: ActionDetailsAnswer, command: StatusCommand): Html {
  const { path, label } = STATUS_COMMANDS[command];
  const text = web.t.planActions[label];
  const justification = 'justification' in ACTION_LIFECYCLE[command];
  const fields = justification
    ? field(web, path, { name: 'reason', label: web.t.planActions.reason, kind: 'textarea', required: true })
    : command === 'completeAction'
      ? field(web, path, { name: 'note', label: web.t.planActions.note, kind: 'textarea' })
      : '';
  return commandForm(action, path, path, fields, text);
}

function linkForm(web: WebContext, action: ActionDetailsAnswer): Html {
  const t = web.t.planActions;
  const fields = field(web, 'links', {
    name: 'recommendationIds',
    label: t.recommendationIds,
    hint: t.recommendationIdsHint,
    kind: 'list',
    required: true,
  });
  return commandForm(action, 'links', 'links', fields, t.link);
}

function indicatorForm(web: WebContext, action: ActionDetailsAnswer): Html {
  const t = web.t.planActions;
  const scope = 'indicator';
  const fields = [
    field(web, scope, { name: 'indicatorId', label: t.indicatorId, required: true }),
    field(web, scope, { name: 'name', label: t.indicatorName, required: true }),
    field(web, scope, { name: 'unit', label: t.unit, required: true }),
    field(web, scope, { name: 'target', label: t.target, kind: 'number' }),
    field(web, scope, { name: 'frequencyMonths', label: t.frequencyMonths, kind: 'number', required: true }),
    field(web, scope, { name: 'scheduleStart', label: t.scheduleStart, kind: 'date', required: true }),
  ];
  return commandForm(action, 'indicators', scope, fields, t.addIndicator);
}

/** The secretariat's forms on this action: those its lifecycle table allows now. */
export function actionForms(web: WebContext, action: ActionDetailsAnswer): HtmlValue {
  const status = (Object.keys(STATUS_COMMANDS) as StatusCommand[]).filter((c) => mayChange(web, action, c));
  const forms = [
    ...status.map((command) => statusForm(web, action, command)),
    mayChange(web, action, 'linkRecommendations') ? linkForm(web, action) : '',
    mayChange(web, action, 'defineIndicator') ? indicatorForm(web, action) : '',
  ];
  if (forms.every((form) => form === '')) return '';
  return html`<section aria-labelledby="action-forms-heading" class="actions">
    <h2 id="action-forms-heading">${web.t.planActions.changeHeading}</h2>
    ${forms}
  </section>`;
}
