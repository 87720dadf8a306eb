import { localised, multipartOf } from './file-forms.js';
import { announce, clientMessages, csrfToken } from './page.js';

/**
 * Command forms post JSON to the API itself, as any API client does: the session cookie, the page's CSRF token and
 * If-Match with the revision the page showed. The API's validation messages land beside the fields they name.
 */
interface Problem {
  status: number;
  code?: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

type Json = string | number | boolean | Json[] | { [key: string]: Json };

/** `a.b.c` names a nested member; empty fields are left out, so the API's defaults apply. */
function setPath(target: Record<string, Json>, path: string, value: Json): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null || Array.isArray(node[part])) node[part] = {};
    node = node[part] as Record<string, Json>;
  }
  node[parts[parts.length - 1]] = value;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isCheckbox = (element: Control): element is HTMLInputElement =>
  element instanceof HTMLInputElement && element.type === 'checkbox';

function valueOf(element: Control): Json | undefined {
  const kind = element.dataset.type ?? 'text';
  if (isCheckbox(element)) {
    return kind === 'bool' ? element.checked : element.checked ? element.value : undefined;
  }
  const text = element.value.trim();
  if (text === '') return undefined;
  if (kind === 'number') return Number(text);
  if (kind === 'list' || kind === 'names') {
    const items = text
      .split(/[\n;,]+/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0) return undefined;
    return kind === 'names' ? namesOf(element, items) : items;
  }
  return text;
}

/** Whether the user changed the value the page filled in. */
function changed(element: Control): boolean {
  if (isCheckbox(element)) return element.checked !== element.defaultChecked;
  if (element instanceof HTMLSelectElement) {
    const initial =
      Array.from(element.options).find((option) => option.defaultSelected) ?? element.options[0];
    return element.value !== (initial?.value ?? '');
  }
  return element.value !== element.defaultValue;
}

/**
 * A form filled with the record as it stands (`data-send="changed"`) sends only what the user changed; a changed
 * member of a `data-group` sends its whole group (a source or a list of themes is replaced whole).
 */
function sent(form: HTMLFormElement, controls: Control[]): Control[] {
  if (form.dataset.send !== 'changed') return controls;
  const groups = new Set(
    controls.filter(changed).map((control) => control.closest('[data-group]') ?? control),
  );
  return controls.filter((control) => groups.has(control.closest('[data-group]') ?? control));
}

/** Named items as stored where the name is unchanged (a party keeps its ISO3 and group), else just the name. */
function namesOf(element: HTMLElement, names: string[]): Json[] {
  const known = JSON.parse(element.dataset.known ?? '[]') as { name: string }[];
  const byName = new Map(known.map((item) => [item.name.toLowerCase(), item as unknown as Json]));
  return names.map((name) => byName.get(name.toLowerCase()) ?? { name });
}

export function bodyOf(form: HTMLFormElement): Record<string, Json> {
  const body: Record<string, Json> = {};
  const controls = Array.from(form.elements).filter(
    (element): element is Control =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.name !== '' &&
      !element.disabled,
  );
  for (const element of sent(form, controls)) {
    // Checkboxes sharing a name with data-type="list" make one array of the checked values, empty when none is.
    if (isCheckbox(element) && element.dataset.type === 'list') {
      const list = (pathValue(body, element.name) as Json[] | undefined) ?? [];
      if (element.checked) list.push(element.value);
      setPath(body, element.name, list);
      continue;
    }
    const value = valueOf(element);
    if (value !== undefined) setPath(body, element.name, value);
    // An edit that empties a list replaces it with none, rather than leaving the old items in place.
    else if (form.dataset.send === 'changed' && element.dataset.type === 'list' && changed(element)) {
      setPath(body, element.name, []);
    }
  }
  return body;
}

function pathValue(target: Record<string, Json>, path: string): Json | undefined {
  let node: Json | undefined = target;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll<HTMLElement>('.field-error[data-error-for]').forEach((node) => {
    node.hidden = true;
    node.textContent = '';
  });
  form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute('aria-invalid'));
  const general = form.querySelector<HTMLElement>('.form-error');
  if (general) {
    general.hidden = true;
    general.textContent = '';
  }
}

/** The field an error names, or the nearest field it belongs to (`source.recommendingParties[0].name` → `source.recommendingParties`). */
function errorSlot(form: HTMLFormElement, field: string): HTMLElement | null {
  let name = field;
  while (name !== '') {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot) return slot;
    const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
    name = cut > 0 ? name.slice(0, cut) : '';
  }
  return null;
}

function showProblem(form: HTMLFormElement, problem: Problem): void {
  const general = form.querySelector<HTMLElement>('.form-error');
  const unplaced: string[] = [];
  let firstInvalid: HTMLElement | null = null;
  for (const error of problem.errors ?? []) {
    const slot = errorSlot(form, error.field);
    if (!slot) {
      unplaced.push(`${error.field}: ${error.message}`);
      continue;
    }
    slot.hidden = false;
    slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
    const input = document.getElementById(slot.dataset.input ?? '');
    input?.setAttribute('aria-invalid', 'true');
    firstInvalid ??= input;
  }
  if (general && (unplaced.length > 0 || (problem.errors ?? []).length === 0)) {
    general.hidden = false;
    general.textContent = [problem.detail ?? '', ...unplaced].filter((text) => text !== '').join(' ');
  }
  (firstInvalid ?? general)?.focus();
}

/** A 409: the page's revision is stale; nothing was changed, and the user reloads to see what happened. */
function showConflict(form: HTMLFormElement): void {
  const messages = clientMessages();
  const banner = document.getElementById('conflict');
  if (banner) {
    banner.hidden = false;
    banner.focus();
  } else {
    announce(messages.changedElsewhere);
  }
  form.querySelector<HTMLElement>('.form-error')?.removeAttribute('hidden');
  const general = form.querySelector<HTMLElement>('.form-error');
  if (general) general.textContent = messages.changedElsewhere;
}

async function submit(form: HTMLFormElement, button: HTMLButtonElement | null): Promise<void> {
  clearErrors(form);
  const multipart = form.enctype === 'multipart/form-data';
  const headers: Record<string, string> = {
    ...(multipart ? {} : { 'Content-Type': 'application/json' }),
    Accept: 'application/json',
    'X-CSRF-Token': csrfToken(),
  };
  if (form.dataset.revision) headers['If-Match'] = `"${form.dataset.revision}"`;
  if (button) button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: form.dataset.method ?? 'POST',
      headers,
      body: multipart ? multipartOf(form) : JSON.stringify(bodyOf(form)),
      credentials: 'same-origin',
    });
    if (response.status === 401) return location.reload();
    if (response.ok) return done(form, (await response.json().catch(() => ({}))) as Answer);
    const problem = (await response.json().catch(() => ({ status: response.status }))) as Problem;
    if (problem.code === 'CONCURRENCY_CONFLICT') return showConflict(form);
    showProblem(form, localised(form, problem));
  } catch {
    showProblem(form, { status: 0, detail: clientMessages().networkError });
  } finally {
    if (button) button.disabled = false;
  }
}

interface Answer {
  position?: string;
}

/**
 * After success: the page the form names, read at least as far as the command's log position (read your write):
 * `reference`, a new recommendation's page; `self`, this page without its query; `consistent`, this page as it is;
 * `href`, the page `data-href` names; otherwise this page reloaded.
 */
function done(form: HTMLFormElement, answer: Answer): void {
  const next = form.dataset.next;
  if (next === 'href' && form.dataset.href) return goTo(form.dataset.href, answer);
  if (next !== 'reference' && next !== 'self' && next !== 'consistent') return location.reload();
  const reference = (form.elements.namedItem('reference') as HTMLInputElement | null)?.value.trim() ?? '';
  const page =
    next === 'reference'
      ? `/app/recommendations/${encodeURIComponent(reference)}`
      : next === 'self'
        ? location.pathname
        : location.href;
  goTo(page, answer);
}

/** A page read at least as far as the command's log position (read your write). */
function goTo(page: string, answer: Answer): void {
  const target = new URL(page, location.href);
  if (answer.position !== undefined) target.searchParams.set('consistentWith', answer.position);
  location.assign(target.href);
}

export function bindCommandForms(): void {
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('command')) return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    void submit(form, submitter instanceof HTMLButtonElement ? submitter : null);
  });
  document.getElementById('conflict-reload')?.addEventListener('click', () => location.reload());
}
