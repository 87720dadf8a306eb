import { html, type Html, type HtmlValue } from '../html/html';
import { formEnd } from '../recommendation/form-fields';
import type { WebContext } from '../web-context';

/** What the page shows of a record's publication, and where its publish and unpublish routes are. */
export interface Publishable {
  /** The API path of the record: `/recommendations/<id>`, `/actions/<id>`, `/progress-reports/<id>`. */
  readonly path: string;
  readonly revision: number | null;
  readonly published: boolean;
  readonly publishedAt?: string | null;
  /** Only a recommendation has a rationale to show or hide; undefined elsewhere. */
  readonly rationalePublic?: boolean | null;
  /** A note under the status (a report shows only while its action is published too). */
  readonly note?: string;
}

function statusLine(web: WebContext, subject: Publishable): HtmlValue {
  const t = web.t.publication;
  if (!subject.published) return html`<p id="publication-status">${t.notPublished}</p>`;
  const since = subject.publishedAt ? t.publishedSince(web.fmt.dateTime(subject.publishedAt)) : t.published;
  const rationale =
    subject.rationalePublic === undefined || subject.rationalePublic === null
      ? ''
      : subject.rationalePublic
        ? t.rationaleShown
        : t.rationaleHidden;
  return html`<p id="publication-status"><strong>${since}</strong> ${rationale}</p>`;
}

/** A form posting to the record's route with the revision the page shows, reading the page again after. */
function commandForm(subject: Publishable, step: string, label: string, fields: HtmlValue): Html {
  return html`<form
    class="command"
    method="post"
    action="${subject.path}/${step}"
    ${subject.revision === null ? '' : html`data-revision="${subject.revision}"`}
    data-next="consistent"
    aria-label="${label}"
    novalidate
  >
    ${fields} ${formEnd(label)}
  </form>`;
}

/** The recommendation's choice, sent as a boolean (command-forms.ts reads data-type="bool"). */
function rationaleChoice(web: WebContext, checked: boolean): Html {
  const t = web.t.publication;
  return html`<div class="field">
    <input
      type="checkbox"
      id="publish-rationalePublic"
      name="rationalePublic"
      data-type="bool"
      aria-describedby="publish-rationalePublic-hint publish-rationalePublic-error"
      ${checked ? html`checked` : ''}
    />
    <label for="publish-rationalePublic">${t.rationalePublic}</label>
    <p class="hint" id="publish-rationalePublic-hint">${t.rationalePublicHint}</p>
    <p
      class="field-error"
      id="publish-rationalePublic-error"
      data-error-for="rationalePublic"
      data-input="publish-rationalePublic"
      hidden
    ></p>
  </div>`;
}

/** The secretariat's publication section: where the record stands, a warning, publish and unpublish. */
export function publicationSection(web: WebContext, subject: Publishable): Html {
  const t = web.t.publication;
  const hasRationale = subject.rationalePublic !== undefined;
  // Publishing again only changes something for a recommendation (its rationale shown or not).
  const offerPublish = !subject.published || hasRationale;
  const publishLabel = subject.published ? t.republish : t.publish;
  return html`<section class="publication" aria-labelledby="publication-heading">
    <h2 id="publication-heading">${t.heading}</h2>
    ${statusLine(web, subject)} ${subject.note ? html`<p class="hint">${subject.note}</p>` : ''}
    ${
      offerPublish
        ? html`<p class="notice warn" id="publication-warning">${t.warning}</p>
            ${commandForm(
              subject,
              'publish',
              publishLabel,
              hasRationale ? rationaleChoice(web, subject.rationalePublic === true) : '',
            )}`
        : ''
    }
    ${
      subject.published
        ? commandForm(subject, 'unpublish', t.unpublish, html`<p class="hint">${t.unpublishHint}</p>`)
        : ''
    }
  </section>`;
}
