import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import type { WebContext } from '../web-context';
import { commandRoute } from './command-routes';
import { field, formEnd } from './form-fields';
import { proposalFields } from './proposal-fields.view';

/** A new recommendation: on success the browser opens its page by the reference just given. */
export function proposePage(web: WebContext): Html {
  const { t } = web;
  const body = html`<p>${t.actions.proposeIntro}</p>
    <form
      class="command propose"
      method="post"
      action="${commandRoute('propose')}"
      data-next="reference"
      novalidate
    >
      ${field(web, 'propose', {
        name: 'reference',
        label: t.recommendation.reference,
        hint: t.actions.referenceHint,
        required: true,
      })}
      ${proposalFields(web, 'propose', '')} ${formEnd(t.actions.propose)}
    </form>`;
  return layout(web, { title: t.actions.proposeTitle, area: 'board', body });
}
