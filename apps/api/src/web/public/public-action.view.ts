import type { InstitutionNames, PublicAction, PublicReport } from '@app/recommendations';
import { actionStatusLabel } from '../actions/action-labels';
import { html, type Html } from '../html/html';
import { publicHref, publicPlanPath, publicRecommendationPath, type PublicContext } from './public-context';

const named = (context: PublicContext, names: InstitutionNames): string => names[context.locale] ?? names.en;

function indicators(context: PublicContext, action: PublicAction): Html {
  const r = context.t.publicRecords;
  if (action.indicators.length === 0) return html``;
  const number = (value: number | null) =>
    value === null ? context.t.common.none : context.fmt.number(value);
  return html`<table class="stack">
    <caption>
      ${r.indicators}
    </caption>
    <thead>
      <tr>
        <th scope="col">${r.indicator}</th>
        <th scope="col">${r.unit}</th>
        <th scope="col">${r.baseline}</th>
        <th scope="col">${r.target}</th>
      </tr>
    </thead>
    <tbody>
      ${action.indicators.map(
        (indicator) =>
          html`<tr>
            <td data-label="${r.indicator}">${indicator.name}</td>
            <td data-label="${r.unit}">${indicator.unit}</td>
            <td data-label="${r.baseline}">${number(indicator.baseline)}</td>
            <td data-label="${r.target}">${number(indicator.target)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function report(context: PublicContext, item: PublicReport): Html {
  const r = context.t.publicRecords;
  return html`<li>
    <strong>${r.period(context.fmt.date(item.periodStart), context.fmt.date(item.periodEnd))}</strong>
    <p>${item.narrative}</p>
    ${
      item.indicatorValues.length === 0
        ? ''
        : html`<ul>
            ${item.indicatorValues.map(
              (value) => html`<li>${value.indicator}: ${context.fmt.number(value.value)} ${value.unit}</li>`,
            )}
          </ul>`
    }
  </li>`;
}

/** One published action: its public fields, recommendations, indicators and validated published progress. */
export function publicActionCard(context: PublicContext, action: PublicAction, headingLevel: 2 | 3): Html {
  const p = context.t.publicPortal;
  const r = context.t.publicRecords;
  const title = r.action(action.number, action.title);
  const heading = headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`;
  const references = action.recommendationReferences.map(
    (reference, index) =>
      html`${index > 0 ? ', ' : ''}<a href="${publicHref(context, publicRecommendationPath(reference))}"
          >${reference}</a
        >`,
  );
  return html`<article class="card">
    ${heading}
    <dl class="fields">
      <dt>${r.plan}</dt>
      <dd><a href="${publicHref(context, publicPlanPath(action.planId))}">${action.planId}</a></dd>
      <dt>${p.status}</dt>
      <dd>${actionStatusLabel(context.t, action.status)}</dd>
      ${
        action.description === null
          ? ''
          : html`<dt>${r.description}</dt>
              <dd>${action.description}</dd>`
      }
      ${
        action.leadInstitution === null
          ? ''
          : html`<dt>${r.leadInstitution}</dt>
              <dd>${named(context, action.leadInstitution)}</dd>`
      }
      ${
        action.supportingInstitutions.length === 0
          ? ''
          : html`<dt>${r.supportingInstitutions}</dt>
              <dd>${action.supportingInstitutions.map((names) => named(context, names)).join(', ')}</dd>`
      }
      ${
        action.startDate === null
          ? ''
          : html`<dt>${r.startDate}</dt>
              <dd>${context.fmt.date(action.startDate)}</dd>`
      }
      ${
        action.targetDate === null
          ? ''
          : html`<dt>${r.targetDate}</dt>
              <dd>${context.fmt.date(action.targetDate)}</dd>`
      }
      ${
        references.length === 0
          ? ''
          : html`<dt>${r.linkedRecommendations}</dt>
              <dd>${references}</dd>`
      }
    </dl>
    ${indicators(context, action)}
    ${headingLevel === 2 ? html`<h3>${r.progress}</h3>` : html`<h4>${r.progress}</h4>`}
    ${
      action.reports.length === 0
        ? html`<p>${r.noProgress}</p>`
        : html`<ul class="reports">
            ${action.reports.map((item) => report(context, item))}
          </ul>`
    }
  </article>`;
}
