import { IMPORT_LIMITS } from '@app/imports';
import { assetUrl } from '../assets/web-assets';
import { html, jsonIsland, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { planHref } from '../links';
import type { WebContext } from '../web-context';
import { problemTexts } from './import.view';

const MEBIBYTE = 1024 * 1024;

/** The words the script writes the report with: it fills in only numbers and the file's own text. */
function reportTexts(web: WebContext): Record<string, string> {
  const m = web.t.actionImports;
  const keys = [
    'reportHeading',
    'committedHeading',
    'countsCaption',
    'created',
    'extended',
    'unchanged',
    'failed',
    'linked',
    'indicatorsAdded',
    'actionsCaption',
    'colNumber',
    'colOutcome',
    'colLinks',
    'colIndicators',
    'colProblem',
    'outcomeCreated',
    'outcomeExtended',
    'outcomeUnchanged',
    'outcomeFailed',
    'errorsCaption',
    'colRow',
    'colColumn',
    'colMessage',
    'noErrors',
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, m[key]]));
}

/** A plan's "Import actions" page: the file, a dry run, its report, then Import; the script talks to the API. */
export function actionImportPage(web: WebContext, planId: string): Html {
  const m = web.t.actionImports;
  const fileHint = web.t.imports.fileHint(
    web.fmt.number(IMPORT_LIMITS.maxBytes / MEBIBYTE),
    web.fmt.number(IMPORT_LIMITS.maxRows),
  );
  const body = html`<p><a href="${planHref(planId)}">${m.backToPlan}</a></p>
    <p>${m.intro}</p>
    <p><a href="/imports/templates/actions.csv" download>${m.template}</a></p>
    <noscript><p class="notice warn">${web.t.imports.noScript}</p></noscript>
    <form id="action-import-form" class="import-form" data-plan="${planId}">
      <div class="field">
        <label for="action-import-file">${m.file}</label>
        <p id="action-import-file-hint" class="hint">${fileHint}</p>
        <input
          id="action-import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx"
          required
          aria-describedby="action-import-file-hint action-import-file-error"
        />
        <p id="action-import-file-error" class="field-error" hidden></p>
      </div>
      <button type="submit" id="action-import-check">${m.check}</button>
    </form>
    <p
      id="action-import-progress"
      class="hint"
      role="status"
      hidden
      data-checking="${m.checking}"
      data-committing="${m.committing}"
    ></p>
    <div id="action-import-result"></div>
    <section id="action-import-commit" aria-labelledby="action-import-commit-heading" hidden>
      <h2 id="action-import-commit-heading">${m.commitHeading}</h2>
      <p class="hint">${m.commitHint}</p>
      <button type="button" id="action-import-commit-button">${m.commit}</button>
    </section>
    <script type="application/json" id="import-problems">
      ${jsonIsland(problemTexts(web))}
    </script>
    <script type="application/json" id="action-import-texts">
      ${jsonIsland(reportTexts(web))}
    </script>`;
  return layout(web, {
    title: m.title(planId),
    area: 'plans',
    body,
    scripts: [assetUrl('import-actions.js')],
  });
}
