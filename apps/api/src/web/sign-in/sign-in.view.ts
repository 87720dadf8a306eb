import { html, type HtmlValue } from '../html/html';
import { layout } from '../layout/layout';
import type { WebContext } from '../web-context';

export interface SignInForm {
  next: string;
  formToken: string;
  /** The message beside the Token field, if the last attempt failed. */
  tokenError?: string;
  /** A notice above the form (signed out, session ended). */
  notice?: string;
}

export function signInPage(web: WebContext, form: SignInForm) {
  const { t } = web;
  const error: HtmlValue = form.tokenError
    ? html`<p id="token-error" class="field-error">${form.tokenError}</p>`
    : '';
  const body = html`<div class="sign-in">
    ${form.notice ? html`<p class="notice ok" role="status">${form.notice}</p>` : ''}
    <p>${t.signIn.intro}</p>
    <form method="post" action="/app/sign-in" novalidate>
      <input type="hidden" name="_csrf" value="${form.formToken}" />
      <input type="hidden" name="next" value="${form.next}" />
      <div class="field">
        <label for="token">${t.signIn.token}</label>
        <p id="token-hint" class="hint">${t.signIn.tokenHelp}</p>
        ${error}
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          required
          aria-describedby="token-hint${form.tokenError ? ' token-error' : ''}"
          ${form.tokenError ? html`aria-invalid="true" autofocus` : ''}
        />
      </div>
      <button type="submit">${t.signIn.submit}</button>
    </form>
  </div>`;
  return layout(web, { title: t.signIn.title, body });
}
