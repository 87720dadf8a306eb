import {
  RECOMMENDATION_STATUSES,
  THEMES,
  type PlanWithCounts,
  type RecommendationDetails,
  type RecommendationSource,
  isRole,
} from '@app/recommendations';
import { html, type Html, type HtmlValue } from '../html/html';
import { mechanismLabel, positionLabel, progressLabel, roleLabel, statusLabel } from '../i18n/labels';
import type { WebContext } from '../web-context';
import { duration, eventLabel, languageName } from './display';
import { assessmentsSection, linksSection } from './links-section.view';
import { evidenceList } from './evidence.view';

const themeNames = new Map(THEMES.map((theme) => [theme.id, theme]));

/** A term and its value; a value not given yet shows as a dash, so every field is always listed. */
function entry(web: WebContext, term: string, value: HtmlValue): Html {
  const empty =
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  return html`<dt>${term}</dt>
    <dd>${empty ? web.t.common.none : value}</dd>`;
}

const list = (items: readonly string[]): HtmlValue =>
  items.length === 0
    ? ''
    : html`<ul class="plain">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;

function textSection(web: WebContext, d: RecommendationDetails): Html {
  const { t, locale } = web;
  const shown = languageName(locale, d.textLanguage);
  const note =
    d.textLanguage === d.originalLanguage
      ? t.recommendation.shownInOriginal(shown)
      : t.recommendation.shownInTranslation(shown, languageName(locale, d.originalLanguage));
  return html`<section aria-labelledby="text-heading">
    <h2 id="text-heading">${t.recommendation.textHeading}</h2>
    <p class="hint">${note}</p>
    <div class="text" lang="${d.textLanguage}">${d.text}</div>
  </section>`;
}

function recordSection(web: WebContext, d: RecommendationDetails): Html {
  const { t, fmt } = web;
  const r = t.recommendation;
  return html`<section aria-labelledby="record-heading">
    <h2 id="record-heading">${r.recordHeading}</h2>
    <dl class="fields">
      ${entry(web, r.reference, d.reference)}
      ${entry(web, r.status, html`<span class="badge" id="current-status">${statusLabel(t, d.status)}</span>`)}
      ${entry(web, r.position, d.position === null ? '' : positionLabel(t, d.position))}
      ${entry(web, r.originalLanguage, languageName(web.locale, d.originalLanguage))}
      ${entry(web, r.reviewDueDate, fmt.date(d.reviewDueDate))}
      ${entry(
        web,
        r.overdue,
        d.overdue ? html`<span class="badge overdue">${t.board.overdueBadge}</span>` : t.common.no,
      )}
      ${entry(web, r.corrections, fmt.number(d.corrections))}
      ${entry(web, r.revision, fmt.number(d.revision))} ${entry(web, r.updatedAt, fmt.dateTime(d.updatedAt))}
    </dl>
  </section>`;
}

function sourceSection(web: WebContext, source: RecommendationSource): Html {
  const { t, fmt } = web;
  const r = t.recommendation;
  const parties = source.recommendingParties.map((party) => {
    const details = [party.iso3, party.regionalGroup].filter((part) => part !== undefined);
    return details.length === 0 ? party.name : `${party.name} (${details.join(', ')})`;
  });
  const upr = source.upr
    ? r.uprCycleSession(fmt.number(source.upr.cycle), fmt.number(source.upr.session))
    : undefined;
  return html`<section aria-labelledby="source-heading">
    <h2 id="source-heading">${r.sourceHeading}</h2>
    <dl class="fields">
      ${entry(web, r.mechanism, mechanismLabel(t, source.mechanism.kind))}
      ${entry(web, r.mechanismBody, source.mechanism.body)} ${entry(web, r.parties, list(parties))}
      ${entry(web, r.stateUnderReview, source.stateUnderReview)} ${entry(web, r.upr, upr)}
      ${entry(web, r.documentSymbol, source.documentSymbol)} ${entry(web, r.document, source.document)}
      ${entry(web, r.paragraph, source.paragraph)} ${entry(web, r.sourceDate, fmt.date(source.date))}
      ${entry(web, r.externalId, source.externalId)} ${entry(web, r.sourceResponse, source.response)}
    </dl>
  </section>`;
}

function classificationSection(web: WebContext, d: RecommendationDetails): Html {
  const r = web.t.recommendation;
  const themes = d.themes.map((id) => themeNames.get(id)?.[web.locale] ?? id);
  return html`<section aria-labelledby="classification-heading">
    <h2 id="classification-heading">${r.classificationHeading}</h2>
    <dl class="fields">
      ${entry(web, r.themes, list(themes))} ${entry(web, r.sdgTargets, d.sdgTargets.join(', '))}
      ${entry(web, r.affectedGroups, d.affectedGroups.join(', '))}
    </dl>
  </section>`;
}

function planSection(web: WebContext, d: RecommendationDetails, plans: readonly PlanWithCounts[]): Html {
  const { t, fmt } = web;
  const r = t.recommendation;
  const plan = d.plan;
  const title = plan && plans.find((candidate) => candidate.id === plan.planId)?.title;
  const progress = d.progress;
  return html`<section aria-labelledby="plan-heading">
    <h2 id="plan-heading">${r.planHeading}</h2>
    ${
      plan
        ? html`<dl class="fields">
            ${entry(web, r.plan, title ? `${title} (${plan.planId})` : plan.planId)}
            ${entry(web, r.actionRef, plan.actionRef)}
            ${entry(web, r.institutions, list(plan.responsibleInstitutions ?? []))}
            ${entry(web, r.targetDate, fmt.date(plan.targetDate))}
          </dl>`
        : html`<p>${r.notInPlan}</p>`
    }
    <h3>${r.progressHeading}</h3>
    ${
      progress
        ? html`<dl class="fields" id="latest-progress">
            ${entry(web, r.progressStatus, progressLabel(t, progress.status))}
            ${entry(web, r.narrative, progress.narrative)} ${entry(web, r.period, progress.period)}
            ${entry(web, r.evidence, list(progress.evidence ?? []))}
          </dl>`
        : html`<p>${r.noProgress}</p>`
    }
  </section>`;
}

function translationsSection(web: WebContext, d: RecommendationDetails): Html {
  const { t, fmt } = web;
  const r = t.recommendation;
  return html`<section aria-labelledby="translations-heading">
    <h2 id="translations-heading">${r.translationsHeading}</h2>
    ${
      d.translations.length === 0
        ? html`<p>${r.noTranslations}</p>`
        : html`<table>
            <caption>
              ${r.translationsCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${r.colLanguage}</th>
                <th scope="col">${r.colText}</th>
                <th scope="col">${r.colTranslatedBy}</th>
                <th scope="col">${r.colAdded}</th>
              </tr>
            </thead>
            <tbody>
              ${d.translations.map(
                (translation) =>
                  html`<tr>
                    <th scope="row">${languageName(web.locale, translation.language)}</th>
                    <td lang="${translation.language}">${translation.text}</td>
                    <td>${translation.translatedBy}</td>
                    <td>${fmt.dateTime(translation.addedAt)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}

const actorRole = (web: WebContext, role: string): string => (isRole(role) ? roleLabel(web.t, role) : role);

function historySection(web: WebContext, d: RecommendationDetails): Html {
  const { t, fmt } = web;
  const r = t.recommendation;
  const visited = RECOMMENDATION_STATUSES.filter((status) => d.timeInStatus[status] !== undefined);
  return html`<section aria-labelledby="history-heading">
    <h2 id="history-heading">${r.historyHeading}</h2>
    <table id="transitions">
      <caption>
        ${r.historyCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${r.colWhen}</th>
          <th scope="col">${r.colChange}</th>
          <th scope="col">${r.colFrom}</th>
          <th scope="col">${r.colTo}</th>
          <th scope="col">${r.colBy}</th>
        </tr>
      </thead>
      <tbody>
        ${d.transitions.map(
          (transition) =>
            html`<tr>
              <td>${fmt.dateTime(transition.at)}</td>
              <th scope="row">${eventLabel(t, transition.type)}</th>
              <td>${transition.from === null ? t.common.none : statusLabel(t, transition.from)}</td>
              <td>${statusLabel(t, transition.to)}</td>
              <td>${r.actor(transition.actor.id, actorRole(web, transition.actor.role))}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table id="time-in-status">
      <caption>
        ${r.timeCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${r.colStatus}</th>
          <th scope="col">${r.colTime}</th>
        </tr>
      </thead>
      <tbody>
        ${visited.map(
          (status) =>
            html`<tr>
              <th scope="row">${statusLabel(t, status)}</th>
              <td>${duration(web.locale, t, d.timeInStatus[status] ?? 0)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

/**
 * Everything the read model holds about the recommendation, in one live region: when the feed reports a change to
 * it, live.ts swaps in the server's fresh rendering.
 */
export function recommendationDetails(
  web: WebContext,
  d: RecommendationDetails,
  position: bigint,
  plans: readonly PlanWithCounts[],
): Html {
  return html`<div
    data-live="recommendation"
    data-position="${position.toString()}"
    data-recommendation-id="${d.id}"
  >
    ${textSection(web, d)} ${recordSection(web, d)} ${sourceSection(web, d.source)}
    ${classificationSection(web, d)} ${planSection(web, d, plans)} ${assessmentsSection(web, d)}
    ${linksSection(web, d)} ${translationsSection(web, d)} ${evidenceList(web, d)} ${historySection(web, d)}
  </div>`;
}
