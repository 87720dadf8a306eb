import type { PastState, PositionState, RecommendationState, Timeline } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { positionLabel, statusLabel } from '../i18n/labels';
import type { WebContext } from '../web-context';

/** The state folded from the events up to then, or why there is none. */
export type StateFound = { past: PastState } | { missing: 'not-yet-proposed' | 'does-not-fold' };

export interface StateShown {
  /** The day asked for, or undefined for now. */
  asOf?: string;
  timeline: Timeline;
  found: StateFound;
  total: number;
  /** Where the form goes back to: this page. */
  action: string;
}

/** As the read models show it: a recorded position, or pending while the response is deferred. */
function positionOf(state: RecommendationState): PositionState | null {
  if ('position' in state) return state.position;
  return state.status === 'under_review' && state.deferral !== undefined ? 'pending' : null;
}

function planOf(web: WebContext, state: RecommendationState): string {
  const { t, fmt } = web;
  if (!('plan' in state) || state.plan === undefined) return t.timeline.notInPlan;
  const { planId, actionRef, targetDate } = state.plan;
  return [
    planId,
    actionRef === undefined ? undefined : t.timeline.planAction(actionRef),
    targetDate === undefined ? undefined : t.timeline.planTarget(fmt.date(targetDate)),
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

function asOfForm(web: WebContext, shown: StateShown): Html {
  const { t } = web;
  const radio = (value: Timeline, label: string) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="timeline"
        value="${value}"
        ${shown.timeline === value ? html`checked` : ''}
      />
      ${label}</label
    >`;
  return html`<form method="get" action="${shown.action}" class="as-of">
    <div class="field">
      <label for="as-of">${t.timeline.asOf}</label>
      <p id="as-of-hint" class="hint">${t.timeline.asOfHint}</p>
      <input id="as-of" name="asOf" type="date" value="${shown.asOf}" aria-describedby="as-of-hint" />
    </div>
    <fieldset class="field">
      <legend>${t.timeline.timelineLegend}</legend>
      ${radio('recorded', t.timeline.timelineRecorded)} ${radio('effective', t.timeline.timelineEffective)}
    </fieldset>
    <button type="submit">${t.timeline.show}</button>
  </form>`;
}

function stateFields(web: WebContext, shown: StateShown, past: PastState): Html {
  const { t, fmt } = web;
  const counted = Number(past.revision) + 1;
  return html`<dl class="fields state">
      <dt>${t.timeline.status}</dt>
      <dd id="state-status">${statusLabel(t, past.state.status)}</dd>
      <dt>${t.timeline.position}</dt>
      <dd>${positionLabel(t, positionOf(past.state))}</dd>
      <dt>${t.timeline.plan}</dt>
      <dd>${planOf(web, past.state)}</dd>
    </dl>
    <p>
      ${t.timeline.countedEvents(fmt.number(counted), fmt.number(shown.total), fmt.number(past.revision))}
    </p>`;
}

/** The recommendation's state at the end of the chosen day (or now), with the form that chooses it. */
export function statePanel(web: WebContext, shown: StateShown): Html {
  const { t, fmt } = web;
  const when =
    shown.asOf === undefined
      ? t.timeline.stateNow
      : shown.timeline === 'effective'
        ? t.timeline.stateAsOfEffective(fmt.date(shown.asOf))
        : t.timeline.stateAsOfRecorded(fmt.date(shown.asOf));
  return html`<section aria-labelledby="state-heading" class="panel">
    <h2 id="state-heading">${t.timeline.stateHeading}</h2>
    ${asOfForm(web, shown)}
    <p id="state-when"><strong>${when}</strong></p>
    ${
      'past' in shown.found
        ? stateFields(web, shown, shown.found.past)
        : shown.found.missing === 'not-yet-proposed'
          ? html`<p class="notice">${t.timeline.notYetProposed(fmt.date(shown.asOf))}</p>`
          : html`<p class="notice error">${t.timeline.doesNotFold}</p>`
    }
  </section>`;
}
