import type { ChainFailure, ChainFailureReason } from '@app/event-store';
import { html, type Html, type HtmlValue } from '../html/html';
import type { T } from '../i18n/messages';

const REASON_KEYS: Record<ChainFailureReason, keyof T['audit']> = {
  changed_content: 'reasonChangedContent',
  missing_event: 'reasonMissingEvent',
  reordered_event: 'reasonReorderedEvent',
  broken_link: 'reasonBrokenLink',
  duplicate_event: 'reasonDuplicateEvent',
};

/** What a verification failure means, in the page's language. */
export const reasonText = (t: T, reason: ChainFailureReason): string =>
  t.audit[REASON_KEYS[reason]] as string;

/** The verifier's own detail (revisions, hashes) is English text from the log's tools; the page says so. */
export const failureDetail = (failure: ChainFailure): Html => html`<span lang="en">${failure.detail}</span>`;

/** The region a verification's result is shown in, announced when it changes; empty until one was asked for. */
export const verificationRegion = (content: HtmlValue): Html =>
  html`<div id="verification" role="status">${content}</div>`;
