import { html, type Html, type HtmlValue } from '../html/html';
import type { WebContext } from '../web-context';

/** How a field is entered; `list` and `names` are one item a line (or comma separated), sent as arrays. */
export type FieldKind = 'text' | 'date' | 'number' | 'amount' | 'textarea' | 'select' | 'list' | 'names';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface Field {
  /** The API's name for it, dotted for nested members (`source.mechanism.kind`): where its errors land. */
  readonly name: string;
  readonly label: string;
  readonly kind?: FieldKind;
  readonly value?: string | number | readonly string[] | null;
  readonly choices?: readonly Choice[];
  readonly hint?: string;
  readonly required?: boolean;
  /** For `names`: the items as stored (a party's ISO3, group…), kept for every name the user leaves as it was. */
  readonly known?: readonly { readonly name: string }[];
}

/** Ids are unique per form: `schedule-review-reviewDueDate`. */
const idOf = (scope: string, name: string): string => `${scope}-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

const textOf = (value: Field['value']): string =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join('\n') : String(value);

/** Where the API's message about this field appears (command-forms.ts fills it), tied to its input. */
const errorSlot = (inputId: string, name: string, slotId = `${inputId}-error`): Html =>
  html`<p class="field-error" id="${slotId}" data-error-for="${name}" data-input="${inputId}" hidden></p>`;

function control(web: WebContext, id: string, field: Field, describedBy: string): Html {
  const common = html`id="${id}" name="${field.name}" aria-describedby="${describedBy}"
  ${field.required ? html`aria-required="true"` : ''}`;
  const value = textOf(field.value);
  switch (field.kind ?? 'text') {
    case 'date':
      return html`<input type="date" ${common} value="${value}" />`;
    case 'number':
      return html`<input
        type="number"
        min="1"
        step="1"
        inputmode="numeric"
        data-type="number"
        ${common}
        value="${value}"
      />`;
    case 'amount':
      // Any number a measure can take: fractions and zero included.
      return html`<input type="number" step="any" inputmode="decimal" ${common} value="${value}" />`;
    case 'textarea':
      return html`<textarea rows="5" ${common}>${value}</textarea>`;
    case 'list':
      return html`<textarea rows="3" data-type="list" ${common}>${value}</textarea>`;
    case 'names':
      return html`<textarea
        rows="3"
        data-type="names"
        data-known="${JSON.stringify(field.known ?? [])}"
        ${common}
      >
${value}</textarea>`;
    case 'select':
      return html`<select ${common}>
        <option value="" ${value === '' ? html`selected` : ''}>${web.t.actions.choose}</option>
        ${(field.choices ?? []).map(
          (choice) =>
            html`<option value="${choice.value}" ${choice.value === value ? html`selected` : ''}>
              ${choice.label}
            </option>`,
        )}
      </select>`;
    case 'text':
      return html`<input ${common} value="${value}" />`;
  }
}

/** A labelled field with its hint and its error slot, as every command form lays them out. */
export function field(web: WebContext, scope: string, spec: Field): Html {
  const id = idOf(scope, spec.name);
  const hintId = `${id}-hint`;
  const describedBy = spec.hint ? `${hintId} ${id}-error` : `${id}-error`;
  return html`<div class="field">
    <label for="${id}"
      >${spec.label}${spec.required ? html` <span class="required">${web.t.actions.required}</span>` : ''}</label
    >
    ${spec.hint ? html`<p class="hint" id="${hintId}">${spec.hint}</p>` : ''}
    ${control(web, id, spec, describedBy)} ${errorSlot(id, spec.name)}
  </div>`;
}

/** Several values from a fixed list (themes), sent as one array; one group, so a change sends the whole list. */
export function checkboxes(
  scope: string,
  spec: { name: string; legend: string; choices: readonly Choice[]; checked?: readonly string[] },
): Html {
  const base = idOf(scope, spec.name);
  const checked = new Set(spec.checked ?? []);
  return html`<fieldset class="field choices" data-group="${spec.name}" aria-describedby="${base}-error">
    <legend>${spec.legend}</legend>
    <div class="choice-list">
      ${spec.choices.map((choice) => {
        const id = `${base}-${choice.value}`;
        return html`<div class="choice">
          <input
            type="checkbox"
            id="${id}"
            name="${spec.name}"
            value="${choice.value}"
            data-type="list"
            ${checked.has(choice.value) ? html`checked` : ''}
          />
          <label for="${id}">${choice.label}</label>
        </div>`;
      })}
    </div>
    ${errorSlot(`${base}-${spec.choices[0]?.value ?? ''}`, spec.name, `${base}-error`)}
  </fieldset>`;
}

/** The messages under the fields, the API's own, and the submit button named as the action. */
export const formEnd = (label: string): HtmlValue =>
  html`<p class="form-error" role="alert" tabindex="-1" hidden></p>
    <button type="submit">${label}</button>`;
