import { announce, csrfToken } from './page.js';
import { problemText, type Problem } from './import-problems.js';

/**
 * The Import page sends the chosen file to POST /imports itself, as any API client does: a dry run first, then the
 * same file for real. Each report is the server's own rendering of /app/import/:id, swapped into the page; the API's
 * whole-file problems are shown beside the file field in the page's words (the #import-problems island).
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const byId = <E extends HTMLElement>(id: string): E => document.getElementById(id) as E;

const form = byId<HTMLFormElement>('import-form');
const fileInput = byId<HTMLInputElement>('import-file');
const profileSelect = byId<HTMLSelectElement>('import-profile');
const fileError = byId<HTMLElement>('import-file-error');
const result = byId<HTMLElement>('import-result');
const commitSection = byId<HTMLElement>('import-commit');
const commitButton = byId<HTMLButtonElement>('import-commit-button');
const progress = byId<HTMLElement>('import-progress');

/** The file and profile the last dry run checked: Commit sends exactly these. */
let checked: { file: File; profile: string } | undefined;

/** The API reads the file by its content, but takes only the CSV and XLSX media types: chosen by the name first. */
function mediaTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv')) return 'text/csv';
  return file.type === '' ? 'application/octet-stream' : file.type;
}

function showProblem(problem: Problem): void {
  fileError.textContent = problemText(byId('import-problems'), problem);
  fileError.hidden = false;
  fileInput.setAttribute('aria-invalid', 'true');
  fileInput.focus();
}

function clearProblem(): void {
  fileError.hidden = true;
  fileError.textContent = '';
  fileInput.removeAttribute('aria-invalid');
}

function setBusy(busy: boolean, dryRun: boolean): void {
  const label = byId('import-progress-label');
  label.textContent = (dryRun ? progress.dataset.checking : progress.dataset.committing) ?? '';
  progress.hidden = !busy;
  result.setAttribute('aria-busy', String(busy));
  byId<HTMLButtonElement>('import-check').disabled = busy;
  commitButton.disabled = busy;
  if (busy) announce(label.textContent);
}

/** The server's rendering of the report, taken from its page. */
async function showReport(importId: string): Promise<HTMLElement | null> {
  const response = await fetch(`/app/import/${encodeURIComponent(importId)}`, {
    headers: { Accept: 'text/html' },
    credentials: 'same-origin',
  });
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const report = page.getElementById('import-report');
  result.replaceChildren(...(report ? [document.importNode(report, true)] : []));
  const heading = byId('import-report-heading');
  heading?.focus();
  if (heading) announce(heading.textContent ?? '');
  return report;
}

async function run(dryRun: boolean): Promise<void> {
  const file = dryRun ? fileInput.files?.[0] : checked?.file;
  const profile = dryRun ? profileSelect.value : checked?.profile;
  if (file === undefined || profile === undefined) return;
  clearProblem();
  commitSection.hidden = true;
  setBusy(true, dryRun);
  try {
    const query = new URLSearchParams({ profile, dryRun: String(dryRun) });
    const response = await fetch(`/imports?${query.toString()}`, {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': mediaTypeOf(file), Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
      credentials: 'same-origin',
    });
    if (response.status === 401) return location.reload();
    const answer = (await response.json().catch(() => ({}))) as Problem & { importId?: string };
    if (!response.ok || answer.importId === undefined)
      return showProblem({ status: response.status, ...answer });
    const report = await showReport(answer.importId);
    checked = dryRun ? { file, profile } : undefined;
    commitSection.hidden = !dryRun || Number(report?.dataset.changes ?? 0) === 0;
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
// Another file or profile makes the last dry run stale: its report and Commit go.
for (const input of [fileInput, profileSelect]) {
  input.addEventListener('change', () => {
    checked = undefined;
    commitSection.hidden = true;
    result.replaceChildren();
    clearProblem();
  });
}
