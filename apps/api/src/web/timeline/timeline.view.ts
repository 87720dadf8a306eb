import type { RecordedEvent, VerificationReport } from '@app/event-store';
import type { Timeline } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { recommendationHref, timelineHref } from '../links';
import type { WebContext } from '../web-context';
import { eventsTable } from './timeline-events.view';
import { statePanel, type StateFound } from './timeline-state.view';
import type { TimelinePageQueryDto } from './timeline-query.dto';
import { verifyPanel } from './timeline-verify.view';

export interface TimelineData {
  reference: string;
  query: TimelinePageQueryDto;
  timeline: Timeline;
  /** In the order the timeline lists them. */
  events: readonly RecordedEvent[];
  total: number;
  state: StateFound;
  /** Auditors may verify the chain, as only they may call /audit/verify. */
  mayVerify: boolean;
  verification?: VerificationReport;
  lastHash: unknown;
}

export function timelinePage(web: WebContext, data: TimelineData): Html {
  const { t } = web;
  const action = timelineHref(data.reference);
  const asOf = data.query.asOf;
  const found = data.state;
  // Beside a past day's state, each event says whether that state counts it (none, before the proposal).
  const countedUpTo =
    asOf === undefined || ('missing' in found && found.missing === 'does-not-fold')
      ? undefined
      : 'past' in found
        ? found.past.revision
        : -1n;
  const brokenAt = new Set(data.verification?.failures.map((failure) => failure.revision));
  const body = html`<p>
      <a href="${recommendationHref(data.reference)}">${t.timeline.backToRecommendation}</a>
    </p>
    <p>${t.timeline.intro}</p>
    <div class="timeline-columns">
      <section aria-labelledby="events-heading" class="timeline-events">
        <h2 id="events-heading">${t.timeline.eventsHeading}</h2>
        ${eventsTable(web, { events: data.events, timeline: data.timeline, countedUpTo, brokenAt })}
      </section>
      <div class="timeline-side">
        ${statePanel(web, { asOf, timeline: data.timeline, found, total: data.total, action })}
        ${
          data.mayVerify &&
          verifyPanel(web, {
            action,
            asOf,
            timeline: data.timeline,
            report: data.verification,
            lastHash: data.lastHash,
          })
        }
      </div>
    </div>`;
  return layout(web, { title: t.timeline.title(data.reference), area: 'board', body });
}

/** No recommendation has this reference: say so, and lead back to the board. */
export function noSuchReferencePage(web: WebContext, reference: string): Html {
  const { t } = web;
  const body = html`<p class="notice error">${t.timeline.noSuchReference(reference)}</p>
    <p><a href="/app">${t.common.backToBoard}</a></p>`;
  return layout(web, { title: t.common.errorTitle, area: 'board', body });
}
