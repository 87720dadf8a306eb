import { announce, csrfToken } from './page.js';
import { problemText, type Problem } from './import-problems.js';

/**
 * The "Import actions" page sends the chosen results matrix to POST /plans/:id/actions/import as any API client does:
 * a dry run first, then the same file for real. The report is written with the page's own words
 * (#action-import-texts); only numbers, action numbers and the file's own cells come from the answer.
 */
type Item = {
  number: string;
  actionId: string;
  outcome: string;
  recommendationIds: string[];
  indicatorIds: string[];
};
type Report = {
  dryRun: boolean;
  counts: Record<string, number>;
  actions: (Item & { problem?: { message: string } })[];
  errors: { row: number; field: string; message: string }[];
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const byId = <E extends HTMLElement>(id: string): E => document.getElementById(id) as E;

const form = byId<HTMLFormElement>('action-import-form');
const fileInput = byId<HTMLInputElement>('action-import-file');
const fileError = byId<HTMLElement>('action-import-file-error');
const result = byId<HTMLElement>('action-import-result');
const progress = byId<HTMLElement>('action-import-progress');
const commitSection = byId<HTMLElement>('action-import-commit');
const commitButton = byId<HTMLButtonElement>('action-import-commit-button');
const texts = JSON.parse(byId('action-import-texts').textContent ?? '{}') as Record<string, string>;

/** The file the last dry run checked: Import sends exactly this one. */
let checked: File | undefined;

function element(tag: string, text?: string | number, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function table(
  caption: string,
  headings: string[],
  rows: (string | number | Node)[][],
  className = '',
): HTMLElement {
  const node = element('table', undefined, className === '' ? {} : { class: className });
  node.append(element('caption', caption));
  const head = element('tr');
  head.append(...headings.map((heading) => element('th', heading, { scope: 'col' })));
  node.append(element('thead'), element('tbody'));
  node.querySelector('thead')?.append(head);
  for (const cells of rows) {
    const row = element('tr');
    row.append(...cells.map((cell) => (cell instanceof Node ? wrap(cell) : element('td', cell))));
    node.querySelector('tbody')?.append(row);
  }
  return node;
}

const wrap = (child: Node): HTMLElement => {
  const cell = element('td');
  cell.append(child);
  return cell;
};

function summary(report: Report): HTMLElement {
  const node = element('table', undefined, { class: 'import-summary' });
  node.append(element('caption', texts.countsCaption));
  for (const key of ['created', 'extended', 'unchanged', 'failed', 'linked', 'indicatorsAdded']) {
    const row = element('tr');
    row.append(element('th', texts[key], { scope: 'row' }), element('td', report.counts[key] ?? 0));
    node.append(row);
  }
  return node;
}

/** `created` reads as `outcomeCreated`'s words. */
const outcomeText = (outcome: string): string =>
  texts[`outcome${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`] ?? outcome;

function render(report: Report): void {
  const heading = element('h2', report.dryRun ? texts.reportHeading : texts.committedHeading, {
    id: 'action-import-report-heading',
    tabindex: '-1',
  });
  const actions = report.actions.map((item) => [
    element('a', item.number, { href: `/app/actions/${encodeURIComponent(item.actionId)}` }),
    outcomeText(item.outcome),
    item.recommendationIds.length,
    item.indicatorIds.length,
    item.problem?.message ?? '',
  ]);
  const heads = [texts.colNumber, texts.colOutcome, texts.colLinks, texts.colIndicators, texts.colProblem];
  const errors =
    report.errors.length === 0
      ? element('p', texts.noErrors)
      : table(
          texts.errorsCaption,
          [texts.colRow, texts.colColumn, texts.colMessage],
          report.errors.map((error) => [error.row, error.field, error.message]),
          'import-errors',
        );
  result.replaceChildren(heading, summary(report), table(texts.actionsCaption, heads, actions), errors);
  heading.focus();
  announce(heading.textContent ?? '');
}

function showProblem(problem: Problem): void {
  fileError.textContent = problemText(byId('import-problems'), problem);
  fileError.hidden = false;
  fileInput.setAttribute('aria-invalid', 'true');
  fileInput.focus();
}

function setBusy(busy: boolean, dryRun: boolean): void {
  progress.textContent = (dryRun ? progress.dataset.checking : progress.dataset.committing) ?? '';
  progress.hidden = !busy;
  result.setAttribute('aria-busy', String(busy));
  byId<HTMLButtonElement>('action-import-check').disabled = busy;
  commitButton.disabled = busy;
}

async function run(dryRun: boolean): Promise<void> {
  const file = dryRun ? fileInput.files?.[0] : checked;
  if (file === undefined) return;
  fileError.hidden = true;
  fileInput.removeAttribute('aria-invalid');
  commitSection.hidden = true;
  setBusy(true, dryRun);
  try {
    const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    const plan = encodeURIComponent(form.dataset.plan ?? '');
    const response = await fetch(`/plans/${plan}/actions/import?dryRun=${String(dryRun)}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': type, Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
      credentials: 'same-origin',
    });
    if (response.status === 401) return location.reload();
    const answer = (await response.json().catch(() => ({}))) as Problem & Partial<Report>;
    if (!response.ok || answer.counts === undefined)
      return showProblem({ status: response.status, ...answer });
    render(answer as Report);
    checked = dryRun ? file : undefined;
    const changes = answer.counts.created + answer.counts.extended;
    commitSection.hidden = !dryRun || changes === 0;
  } catch {
    showProblem({ status: 0 });
  } finally {
    setBusy(false, dryRun);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
commitButton.addEventListener('click', () => void run(false));
fileInput.addEventListener('change', () => {
  checked = undefined;
  commitSection.hidden = true;
  result.replaceChildren();
});
