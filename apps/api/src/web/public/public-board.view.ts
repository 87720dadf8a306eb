import { MECHANISM_KINDS, RECOMMENDATION_STATUSES, type PublicBoard } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { publicHref, publicRecommendationPath, type PublicContext } from './public-context';
import { countsChart } from './public-charts.view';
import { mechanismText, positionText, statusText, textIn } from './public-display';
import { POSITION_CHOICES, type PublicBoardQueryDto } from './public-query.dto';

type Choice = { value: string; label: string };

function select(name: string, label: string, any: string, choices: readonly Choice[], chosen?: string): Html {
  return html`<label for="filter-${name}"
    >${label}
    <select id="filter-${name}" name="${name}">
      <option value="">${any}</option>
      ${choices.map(
        (choice) =>
          html`<option value="${choice.value}" ${choice.value === chosen ? html`selected` : ''}>
            ${choice.label}
          </option>`,
      )}
    </select>
  </label>`;
}

function filterForm(context: PublicContext, board: PublicBoard, query: PublicBoardQueryDto): Html {
  const p = context.t.publicPortal;
  const tags = (counts: PublicBoard['byTheme']) => counts.map(({ key }) => ({ value: key, label: key }));
  const statuses = RECOMMENDATION_STATUSES.filter((status) => status !== 'none').map((value) => ({
    value,
    label: statusText(context, value),
  }));
  const mechanisms = MECHANISM_KINDS.map((value) => ({ value, label: mechanismText(context, value) }));
  const positions = POSITION_CHOICES.map((value) => ({ value, label: positionText(context, value) }));
  return html`<form class="filters" method="get" action="/public" aria-label="${p.filters}">
    ${select('theme', p.theme, p.anyTheme, tags(board.byTheme), query.theme)}
    ${select('mechanism', p.mechanism, p.anyMechanism, mechanisms, query.mechanism)}
    ${select('sdg', p.sdg, p.anySdg, tags(board.bySdg), query.sdg)}
    ${select('status', p.status, p.anyStatus, statuses, query.status)}
    ${select('position', p.position, p.anyPosition, positions, query.position)}
    ${context.locale === 'en' ? '' : html`<input type="hidden" name="lang" value="${context.locale}" />`}
    <button type="submit">${p.apply}</button>
    <a href="${publicHref(context, '/public')}">${p.clear}</a>
  </form>`;
}

function list(context: PublicContext, board: PublicBoard): Html {
  const p = context.t.publicPortal;
  if (board.items.length === 0) return html`<p>${p.empty}</p>`;
  return html`<table class="stack">
    <caption>
      ${p.listCaption(context.fmt.number(board.total))}
    </caption>
    <thead>
      <tr>
        <th scope="col">${p.reference}</th>
        <th scope="col">${p.recommendation}</th>
        <th scope="col">${p.status}</th>
        <th scope="col">${p.position}</th>
      </tr>
    </thead>
    <tbody>
      ${board.items.map(
        (item) =>
          html`<tr>
            <td data-label="${p.reference}">
              <a href="${publicHref(context, publicRecommendationPath(item.reference))}">${item.reference}</a>
            </td>
            <td data-label="${p.recommendation}">${textIn(context, item)}</td>
            <td data-label="${p.status}">${statusText(context, item.status)}</td>
            <td data-label="${p.position}">${positionText(context, item.position)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function pagination(context: PublicContext, board: PublicBoard, query: PublicBoardQueryDto): Html {
  const p = context.t.publicPortal;
  const pages = Math.max(1, Math.ceil(board.total / board.pageSize));
  const { theme, mechanism, sdg, status, position } = query;
  const href = (page: number) =>
    publicHref(context, '/public', {
      theme,
      mechanism,
      sdg,
      status,
      position,
      page: page === 1 ? undefined : page,
    });
  return html`<nav class="pages" aria-label="${p.pagination}">
    <p>${p.pageOf(context.fmt.number(board.page), context.fmt.number(pages))}</p>
    ${board.page > 1 ? html`<a href="${href(board.page - 1)}">${p.previous}</a>` : ''}
    ${board.page < pages ? html`<a href="${href(board.page + 1)}">${p.next}</a>` : ''}
  </nav>`;
}

/** The portal's home: what is published, counted and charted, the filters and one page of the list. */
export function publicBoardBody(
  context: PublicContext,
  board: PublicBoard,
  query: PublicBoardQueryDto,
): Html {
  const p = context.t.publicPortal;
  return html`<p>${p.boardIntro}</p>
    <p><strong>${p.published(context.fmt.number(board.total))}</strong></p>
    ${filterForm(context, board, query)}
    <div class="charts">
      ${countsChart(context, 'by-status', p.chartStatus, board.byStatus, (key) => statusText(context, key))}
      ${countsChart(context, 'by-position', p.chartPosition, board.byPosition, (key) => positionText(context, key))}
      ${countsChart(context, 'by-mechanism', p.chartMechanism, board.byMechanism, (key) =>
        mechanismText(context, key),
      )}
    </div>
    <h2>${p.navBoard}</h2>
    ${list(context, board)} ${pagination(context, board, query)}`;
}
