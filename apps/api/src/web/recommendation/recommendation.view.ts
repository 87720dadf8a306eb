import type { PlanWithCounts, RecommendationDetails } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { timelineHref } from '../links';
import type { WebContext } from '../web-context';
import { actionForm } from './action-forms.view';
import type { ActionCommand } from './available-actions';
import { evidenceForm } from './evidence.view';
import { publicationSection, type Publishable } from '../publication/publication-forms.view';
import type { ProposalValues } from './proposal-fields.view';
import { recommendationDetails } from './recommendation-details.view';

export interface RecommendationPageData {
  readonly details: RecommendationDetails;
  /** The log position the page was read at, for the live feed to follow on from. */
  readonly position: bigint;
  readonly proposal: ProposalValues;
  readonly plans: readonly PlanWithCounts[];
  readonly actions: readonly ActionCommand[];
  readonly mayReadTimeline: boolean;
  /** The lifecycle table lets this user attach evidence to the record in its status. */
  readonly mayAttachEvidence: boolean;
  /** The lifecycle table lets this user publish or unpublish the record in its status. */
  readonly mayPublish: boolean;
}

/** Shown by command-forms.ts when the API answers 409: the page is stale, nothing was changed. */
const conflictBanner = (web: WebContext): Html =>
  html`<div id="conflict" class="notice warn" role="alert" tabindex="-1" hidden>
    <p>${web.t.common.changedElsewhere}</p>
    <button type="button" id="conflict-reload">${web.t.common.reload}</button>
  </div>`;

const recommendationPublication = (details: RecommendationDetails): Publishable => ({
  path: `/recommendations/${encodeURIComponent(details.id)}`,
  revision: details.revision,
  ...details.publication,
  rationalePublic: details.publication.rationalePublic ?? false,
});

function actionsPanel(web: WebContext, data: RecommendationPageData): Html {
  const { t } = web;
  return html`<aside class="actions-panel" aria-labelledby="actions-heading">
    <h2 id="actions-heading">${t.recommendation.actionsHeading}</h2>
    ${
      data.actions.length === 0 && !data.mayAttachEvidence
        ? html`<p id="no-actions">${t.recommendation.noActions}</p>`
        : data.actions.map((command) => actionForm(web, command, data))
    }
    ${data.mayAttachEvidence ? evidenceForm(web, data.details) : ''}
    ${data.mayPublish ? publicationSection(web, recommendationPublication(data.details)) : ''}
  </aside>`;
}

export function recommendationPage(web: WebContext, data: RecommendationPageData): Html {
  const { t } = web;
  const { details } = data;
  const body = html`${conflictBanner(web)}
    ${
      data.mayReadTimeline
        ? html`<p><a href="${timelineHref(details.reference)}">${t.recommendation.timelineLink}</a></p>`
        : ''
    }
    <div class="columns">
      ${recommendationDetails(web, details, data.position, data.plans)} ${actionsPanel(web, data)}
    </div>`;
  return layout(web, { title: t.recommendation.title(details.reference), area: 'board', body });
}

export function recommendationNotFoundPage(web: WebContext, reference: string): Html {
  const { t } = web;
  const body = html`<p class="notice error">${t.recommendation.notFound(reference)}</p>
    <p><a href="/app">${t.common.backToBoard}</a></p>`;
  return layout(web, { title: t.recommendation.notFoundTitle, area: 'board', body });
}
