import type { EvidenceItem, RecommendationDetails } from '@app/recommendations';
import { html, type Html } from '../html/html';
import type { Locale } from '../i18n/locales';
import type { WebContext } from '../web-context';
import { commandRoute } from './command-routes';
import { field, formEnd } from './form-fields';

/** The short names people know the accepted types by; not words, so the same in every language. */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** A size in the unit that reads best, as the language writes it (`12,5 кБ`). */
export function fileSize(locale: Locale, bytes: number): string {
  const [unit, amount] =
    bytes >= 1024 * 1024
      ? (['megabyte', bytes / (1024 * 1024)] as const)
      : (['kilobyte', bytes / 1024] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}

export const evidenceHref = (recommendationId: string, sha256: string): string =>
  `/recommendations/${encodeURIComponent(recommendationId)}/evidence/${sha256}`;

/** A file's name as its download link, its type and its size: the cells every list of evidence starts with. */
export function fileCells(
  web: WebContext,
  href: string,
  file: { fileName: string; mediaType: string; size: number },
): Html {
  const { t } = web;
  return html`<th scope="row">
      <a href="${href}" download="${file.fileName}" aria-label="${t.evidence.download(file.fileName)}"
        >${file.fileName}</a
      >
    </th>
    <td>${TYPE_NAMES[file.mediaType] ?? file.mediaType}</td>
    <td>${fileSize(web.locale, file.size)}</td>`;
}

function row(web: WebContext, d: RecommendationDetails, item: EvidenceItem): Html {
  const { t, fmt } = web;
  return html`<tr>
    ${fileCells(web, evidenceHref(d.id, item.sha256), item)}
    <td>${item.note ?? t.common.none}</td>
    <td>${t.evidence.attachedBy(fmt.dateTime(item.attachedAt), item.attachedBy.id)}</td>
  </tr>`;
}

/** The files attached to the record, each a download link; inside the live region, so a new file shows at once. */
export function evidenceList(web: WebContext, d: RecommendationDetails): Html {
  const { t } = web;
  return html`<section aria-labelledby="evidence-heading">
    <h2 id="evidence-heading">${t.evidence.heading}</h2>
    ${
      d.evidence.length === 0
        ? html`<p id="no-evidence">${t.evidence.none}</p>`
        : html`<table id="evidence">
            <caption>
              ${t.evidence.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.evidence.colFile}</th>
                <th scope="col">${t.evidence.colType}</th>
                <th scope="col">${t.evidence.colSize}</th>
                <th scope="col">${t.evidence.colNote}</th>
                <th scope="col">${t.evidence.colAttached}</th>
              </tr>
            </thead>
            <tbody>
              ${d.evidence.map((item) => row(web, d, item))}
            </tbody>
          </table>`
    }
  </section>`;
}

/**
 * The upload form: command-forms.ts sends it as multipart/form-data to the API's own route, with the CSRF token and
 * the revision shown; the API's refusals are shown in the page's words (`data-problems`, by code).
 */
export function evidenceForm(web: WebContext, d: RecommendationDetails): Html {
  const { t } = web;
  const problems = {
    'EVIDENCE.UNSUPPORTED_TYPE': t.evidence.problemUnsupported('{fileName}'),
    'EVIDENCE.FILE_TOO_LARGE': t.evidence.problemTooLarge('{fileName}'),
    'EVIDENCE.REQUIRED': t.evidence.problemRequired,
  };
  return html`<details class="action" id="action-attach-evidence">
    <summary>${t.evidence.attachHeading}</summary>
    <form
      class="command"
      method="post"
      enctype="multipart/form-data"
      action="${commandRoute('attachEvidence', d.id)}"
      data-revision="${d.revision}"
      data-next="self"
      data-problems="${JSON.stringify(problems)}"
      novalidate
    >
      <div class="field">
        <label for="attach-evidence-files"
          >${t.evidence.files} <span class="required">${t.actions.required}</span></label
        >
        <p class="hint" id="attach-evidence-files-hint">${t.evidence.filesHint}</p>
        <input
          type="file"
          id="attach-evidence-files"
          name="evidence"
          multiple
          accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
          aria-required="true"
          aria-describedby="attach-evidence-files-hint attach-evidence-files-error"
        />
        <p
          class="field-error"
          id="attach-evidence-files-error"
          data-error-for="evidence"
          data-input="attach-evidence-files"
          hidden
        ></p>
      </div>
      ${field(web, 'attach-evidence', { name: 'note', label: t.evidence.note, kind: 'textarea', hint: t.evidence.noteHint })}
      ${formEnd(t.evidence.attach)}
    </form>
  </details>`;
}
