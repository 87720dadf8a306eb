import { mayRun, type InstitutionDetailsAnswer, type InstitutionItem } from '@app/recommendations';
import { html, type Html } from '../html/html';
import { layout } from '../layout/layout';
import { institutionHref } from '../links';
import { field, formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';
import { institutionName, kindChoices, kindLabel } from './action-labels';
import { actionTable } from './action-list.view';

function registerForm(web: WebContext): Html {
  const t = web.t.institutions;
  const scope = 'register-institution';
  return html`<section aria-labelledby="register-institution-heading">
    <h2 id="register-institution-heading">${t.registerHeading}</h2>
    <form class="command" method="post" action="/institutions" data-next="consistent" novalidate>
      ${field(web, scope, { name: 'id', label: t.institutionId, hint: t.institutionIdHint, required: true })}
      ${field(web, scope, { name: 'names.en', label: t.nameEn, required: true })}
      ${field(web, scope, { name: 'names.ru', label: t.nameRu })}
      ${field(web, scope, { name: 'names.tk', label: t.nameTk })}
      ${field(web, scope, { name: 'kind', label: t.kind, kind: 'select', choices: kindChoices(web.t), required: true })}
      ${field(web, scope, { name: 'abbreviation', label: t.abbreviation })} ${formEnd(t.register)}
    </form>
  </section>`;
}

/** The registry; the register form only for those the institutions' lifecycle table lets register. */
export function institutionsPage(web: WebContext, institutions: readonly InstitutionItem[]): Html {
  const t = web.t.institutions;
  const table =
    institutions.length === 0
      ? html`<p class="notice">${t.noInstitutions}</p>`
      : html`<table id="institutions-list">
          <caption>
            ${t.institutionsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.colName}</th>
              <th scope="col">${t.colKind}</th>
              <th scope="col">${t.colAbbreviation}</th>
            </tr>
          </thead>
          <tbody>
            ${institutions.map(
              (item) =>
                html`<tr>
                  <th scope="row">
                    <a href="${institutionHref(item.id)}">${institutionName(web, item.names, item.id)}</a
                    ><br /><span class="hint">${item.id}</span>
                  </th>
                  <td>${kindLabel(web.t, item.kind)}</td>
                  <td>${item.abbreviation ?? ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  const mayRegister = mayRun(web.user?.roles ?? [], 'registerInstitution');
  const body = html`${table} ${mayRegister ? registerForm(web) : ''}`;
  return layout(web, { title: t.institutionsTitle, area: 'institutions', body });
}

/** One institution: the actions it leads or supports and its workload. */
export function institutionPage(web: WebContext, institution: InstitutionDetailsAnswer): Html {
  const { t, fmt } = web;
  const body = html`<p><a href="/app/institutions">${t.institutions.allInstitutions}</a></p>
    <p>
      ${kindLabel(t, institution.kind)}${institution.abbreviation === null ? '' : ` · ${institution.abbreviation}`}
    </p>
    <section aria-labelledby="workload-heading">
      <h2 id="workload-heading">${t.institutions.workloadHeading}</h2>
      <p>${t.institutions.workload(fmt.number(institution.workload.total))}</p>
      <p>${t.institutions.overdueReports(fmt.number(institution.overdueReports))}</p>
    </section>
    <section aria-labelledby="institution-actions-heading">
      <h2 id="institution-actions-heading">${t.planActions.actionsHeading}</h2>
      ${actionTable(web, institution.actions, { id: 'institution-actions', withRole: true })}
    </section>`;
  const title = institutionName(web, institution.names, institution.id);
  return layout(web, { title, area: 'institutions', body });
}
