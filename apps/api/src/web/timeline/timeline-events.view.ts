import type { RecordedEvent } from '@app/event-store';
import {
  isRecommendationEventType,
  isRole,
  type RecommendationEventType,
  type Timeline,
} from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { roleLabel } from '../i18n/labels';
import type { T } from '../i18n/messages';
import type { WebContext } from '../web-context';
import { effectiveDateOf, eventDetails } from './event-details';

const EVENT_KEYS: Record<RecommendationEventType, keyof T['timeline']> = {
  RecommendationProposed: 'evRecommendationProposed',
  RecommendationAmended: 'evRecommendationAmended',
  ReviewScheduled: 'evReviewScheduled',
  PositionRecorded: 'evPositionRecorded',
  ResponseDeferred: 'evResponseDeferred',
  ReviewReopened: 'evReviewReopened',
  RecommendationReflectedInPlan: 'evRecommendationReflectedInPlan',
  PlanLinkUpdated: 'evPlanLinkUpdated',
  ProgressReported: 'evProgressReported',
  RecommendationImplemented: 'evRecommendationImplemented',
  RecommendationWithdrawn: 'evRecommendationWithdrawn',
  RecommendationArchived: 'evRecommendationArchived',
  RecommendationCorrected: 'evRecommendationCorrected',
  TranslationAdded: 'evTranslationAdded',
  RecommendationLinked: 'evRecommendationLinked',
  RecommendationUnlinked: 'evRecommendationUnlinked',
  MechanismAssessmentRecorded: 'evMechanismAssessmentRecorded',
  EvidenceAttached: 'evEvidenceAttached',
  RecommendationPublished: 'evRecommendationPublished',
  RecommendationUnpublished: 'evRecommendationUnpublished',
};

/** The event's name in the page's language; a type this version does not know keeps its stored name. */
const eventName = (t: T, type: string): string =>
  isRecommendationEventType(type) ? (t.timeline[EVENT_KEYS[type]] as string) : type;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function who(web: WebContext, actor: unknown): HtmlValue {
  const { id, role } = (typeof actor === 'object' && actor !== null ? actor : {}) as Record<string, unknown>;
  const roleName = typeof role === 'string' ? (isRole(role) ? roleLabel(web.t, role) : role) : '';
  return html`${text(id)}${roleName ? html`<br /><span class="hint">${roleName}</span>` : ''}`;
}

function details(web: WebContext, event: RecordedEvent): HtmlValue {
  const shown = eventDetails(web, event.type, event.data);
  if (shown.length === 0) return web.t.common.none;
  return html`<dl class="event-details">
    ${shown.map(
      (detail) =>
        html`<dt>${detail.label}</dt>
          <dd>${detail.value}</dd>`,
    )}
  </dl>`;
}

function hashes(web: WebContext, event: RecordedEvent, broken: boolean): Html {
  const { t } = web;
  return html`${broken ? html`<p class="field-error">${t.timeline.brokenHere}</p>` : ''}
    <dl class="hashes">
      <dt>${t.timeline.hash}</dt>
      <dd><code>${text(event.metadata.hash)}</code></dd>
      <dt>${t.timeline.previousHash}</dt>
      <dd><code>${text(event.metadata.prevHash)}</code></dd>
    </dl>`;
}

export interface TimelineRows {
  events: readonly RecordedEvent[];
  timeline: Timeline;
  /** The last revision the state shown counts, when a past day was asked for (-1: none yet). */
  countedUpTo?: bigint;
  /** The revisions a verification found the chain broken at. */
  brokenAt: ReadonlySet<number>;
}

function row(web: WebContext, event: RecordedEvent, rows: TimelineRows): Html {
  const { t, fmt } = web;
  const { countedUpTo } = rows;
  const effective = effectiveDateOf(event.data);
  const counted = countedUpTo === undefined || event.revision <= countedUpTo;
  return html`<tr class="${counted ? '' : 'not-counted'}" id="event-${event.revision.toString()}">
    <th scope="row" class="number">${fmt.number(event.revision)}</th>
    <td>${eventName(t, event.type)}</td>
    <td>${who(web, event.metadata.actor)}</td>
    <td>${fmt.dateTime(text(event.metadata.occurredAt))}</td>
    <td>${effective === undefined ? t.common.none : fmt.date(effective)}</td>
    <td>${details(web, event)}</td>
    <td>${hashes(web, event, rows.brokenAt.has(Number(event.revision)))}</td>
    ${countedUpTo === undefined ? '' : html`<td>${counted ? t.timeline.counted : t.timeline.notCounted}</td>`}
  </tr>`;
}

/** Every event of the history, one row each: what, who, when, what was said, and the hash chain. */
export function eventsTable(web: WebContext, rows: TimelineRows): Html {
  const { t, fmt } = web;
  const count = fmt.number(rows.events.length);
  const caption =
    rows.timeline === 'effective' ? t.timeline.captionEffective(count) : t.timeline.captionRecorded(count);
  return html`<div class="table-scroll" role="region" aria-labelledby="events-heading" tabindex="0">
    <table id="timeline-events">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="number">${t.timeline.colRevision}</th>
          <th scope="col">${t.timeline.colEvent}</th>
          <th scope="col">${t.timeline.colWho}</th>
          <th scope="col">${t.timeline.colRecorded}</th>
          <th scope="col">${t.timeline.colEffective}</th>
          <th scope="col">${t.timeline.colDetails}</th>
          <th scope="col">${t.timeline.colHash}</th>
          ${rows.countedUpTo === undefined ? '' : html`<th scope="col">${t.timeline.colCounted}</th>`}
        </tr>
      </thead>
      <tbody>
        ${rows.events.map((event) => row(web, event, rows))}
      </tbody>
    </table>
  </div>`;
}
