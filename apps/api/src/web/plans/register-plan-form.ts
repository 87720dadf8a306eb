import { html, type Html } from '../html/html';
import type { WebContext } from '../web-context';

interface Field {
  name: string;
  label: string;
  type?: 'text' | 'date';
  hint?: string;
  maxlength?: number;
}

/** A field with its label, its hint, and the slot the API's message about it lands in (command-forms.ts). */
function field({ name, label, type = 'text', hint, maxlength }: Field): Html {
  const id = `plan-${name}`;
  const describedBy = hint === undefined ? `${id}-error` : `${id}-hint ${id}-error`;
  return html`<div class="field">
    <label for="${id}">${label}</label>
    ${hint === undefined ? '' : html`<p id="${id}-hint" class="hint">${hint}</p>`}
    <input
      id="${id}"
      name="${name}"
      type="${type}"
      ${maxlength === undefined ? '' : html`maxlength="${maxlength}"`}
      aria-describedby="${describedBy}"
    />
    <p id="${id}-error" class="field-error" data-error-for="${name}" data-input="${id}" hidden></p>
  </div>`;
}

/** Posts to the API's POST /plans; afterwards the list is read at the command's position, so the plan is in it. */
export function registerPlanForm(web: WebContext): Html {
  const { t } = web;
  return html`<section aria-labelledby="register-heading">
    <h2 id="register-heading">${t.plans.registerHeading}</h2>
    <form class="command register-plan" method="post" action="/plans" data-next="consistent" novalidate>
      <p class="form-error field-error" tabindex="-1" hidden></p>
      ${field({ name: 'id', label: t.plans.id, hint: t.plans.idHint, maxlength: 64 })}
      ${field({ name: 'title', label: t.plans.planTitle, maxlength: 300 })}
      ${field({ name: 'periodStart', label: t.plans.periodStart, type: 'date' })}
      ${field({ name: 'periodEnd', label: t.plans.periodEnd, type: 'date' })}
      <button type="submit">${t.plans.register}</button>
    </form>
  </section>`;
}
