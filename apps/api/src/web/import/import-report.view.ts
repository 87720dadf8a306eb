import { html, queryString, type Html } from '../html/html';
import { mechanismLabel } from '../i18n/labels';
import type { ImportSourceGroup } from '../../imports/import-source-groups';
import type { ImportReport, StoredImport } from '../../imports/import-report';
import type { WebContext } from '../web-context';
import { carryOverSuggestions } from './carry-over-suggestions.view';

export const importReportHref = (importId: string): string => `/app/import/${encodeURIComponent(importId)}`;

/** What committing would change (or changed): the client offers Commit only when this is more than nothing. */
const changesOf = (report: ImportReport): number =>
  report.recommendations.created +
  report.recommendations.updated +
  report.positions.recorded +
  report.positions.deferred;

function summary(web: WebContext, report: ImportReport): Html {
  const { fmt } = web;
  const m = web.t.imports;
  const dry = report.dryRun;
  const rowsWithProblems = new Set(report.errors.map((error) => error.row)).size;
  const lines: [string, number][] = [
    [m.rowsRead, report.rows],
    [dry ? m.wouldCreate : m.created, report.recommendations.created],
    [dry ? m.wouldUpdate : m.updated, report.recommendations.updated],
    [m.unchanged, report.recommendations.unchanged],
    [m.failed, report.recommendations.failed],
    [m.rowsWithProblems, rowsWithProblems + (report.errorsOmitted ?? 0)],
    [dry ? m.positionsToRecord : m.positionsRecorded, report.positions.recorded],
    [m.positionsDeferred, report.positions.deferred],
    [m.positionsSkipped, report.positions.skipped],
  ];
  return html`<table class="import-summary">
    <caption>
      ${m.summaryCaption}
    </caption>
    <tbody>
      ${lines.map(
        ([label, count]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td class="number">${fmt.number(count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The rows with problems, one line per problem, with the downloads to fix them in a spreadsheet. */
function problems(web: WebContext, report: ImportReport): Html {
  const { fmt } = web;
  const m = web.t.imports;
  if (report.errors.length === 0) return html`<p class="notice ok">${m.noProblems}</p>`;
  const id = encodeURIComponent(report.importId);
  return html`<table id="import-problems-table">
      <caption>
        ${m.problemsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="number">${m.colRow}</th>
          <th scope="col">${m.colField}</th>
          <th scope="col">${m.colProblem}</th>
        </tr>
      </thead>
      <tbody>
        ${report.errors.map(
          (error) =>
            html`<tr>
              <td class="number">${fmt.number(error.row)}</td>
              <td>${error.field === 'recommendation' ? m.wholeRecommendation : error.field}</td>
              <td lang="en">${error.message}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${report.errorsOmitted ? html`<p>${m.problemsOmitted(fmt.number(report.errorsOmitted))}</p>` : ''}
    <p class="hint">${m.errorsFileHint}</p>
    <p class="actions-list">
      <a class="button secondary" href="/imports/${id}/errors.csv" download>${m.errorsCsv}</a>
      <a class="button secondary" href="/imports/${id}/errors.xlsx" download>${m.errorsXlsx}</a>
    </p>`;
}

const boardHrefOf = (group: ImportSourceGroup): string =>
  `/app${queryString({ mechanism: group.mechanism, stateUnderReview: group.stateUnderReview, session: group.session })}`;

/** Links to the board filtered to the sources the file's recommendations come from (the board has no import filter). */
function onTheBoard(web: WebContext, sources: readonly ImportSourceGroup[] | undefined): Html {
  const { t, fmt } = web;
  const m = t.imports;
  const label = (group: ImportSourceGroup) =>
    [
      mechanismLabel(t, group.mechanism),
      group.stateUnderReview,
      group.session === undefined ? undefined : m.session(fmt.number(group.session)),
    ]
      .filter((part) => part !== undefined)
      .join(' · ');
  return html`<h3>${m.boardHeading}</h3>
    ${
      sources === undefined || sources.length === 0
        ? html`<p><a href="/app">${m.boardAll}</a></p>`
        : html`<p>${m.boardHint}</p>
            <ul>
              ${sources.map(
                (group) =>
                  html`<li>
                    <a href="${boardHrefOf(group)}">${label(group)}</a>
                    <span class="hint">(${m.inFile(fmt.number(group.recommendations))})</span>
                  </li>`,
              )}
            </ul>`
    }`;
}

/** One run's report; the Import page fetches this very section after each run, so texts and formats live here only. */
export function importReport(web: WebContext, stored: StoredImport): Html {
  const m = web.t.imports;
  const { report } = stored;
  const changes = changesOf(report);
  return html`<section
    id="import-report"
    class="import-report"
    aria-labelledby="import-report-heading"
    data-import-id="${report.importId}"
    data-dry-run="${String(report.dryRun)}"
    data-changes="${changes}"
  >
    <h2 id="import-report-heading" tabindex="-1">${report.dryRun ? m.dryRunHeading : m.committedHeading}</h2>
    <p class="notice ${report.dryRun ? '' : 'ok'}">${report.dryRun ? m.dryRunNote : m.committedNote}</p>
    ${report.dryRun && changes === 0 ? html`<p class="notice warn">${m.nothingToCommit}</p>` : ''}
    <dl class="fields">
      <dt>${m.profileUsed}</dt>
      <dd>${report.profile}</dd>
      <dt>${m.fingerprint}</dt>
      <dd><code class="fingerprint">${report.fileSha256}</code></dd>
    </dl>
    <p><a href="${importReportHref(report.importId)}">${m.reportLink}</a></p>
    ${summary(web, report)} ${problems(web, report)}
    ${carryOverSuggestions(web, report.carryOverSuggestions, !report.dryRun, importReportHref(report.importId))}
    ${report.dryRun ? '' : onTheBoard(web, stored.sources)}
  </section>`;
}
