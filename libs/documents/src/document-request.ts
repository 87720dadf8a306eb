import type { DocumentSnapshot } from '@app/recommendations';
import type { DocumentGrouping } from './clusters';
import { DocumentFormatUnavailableError } from './documents.errors';

export const DOCUMENT_KINDS = ['matrix', 'upr-midterm', 'treaty-followup'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_FORMATS = ['docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The formats each document comes in; the first is the default. */
export const FORMATS_OF: Record<DocumentKind, readonly DocumentFormat[]> = {
  matrix: ['xlsx', 'docx'],
  'upr-midterm': ['docx'],
  'treaty-followup': ['docx'],
};

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Everything a build needs, as plain data: it crosses to a worker thread by structured clone. */
export interface DocumentRequest {
  kind: DocumentKind;
  format: DocumentFormat;
  groupBy: DocumentGrouping;
  snapshot: DocumentSnapshot;
}

/** The format asked for, or the kind's default; a 400 naming `format` when the kind has no such form. */
export function formatFor(kind: DocumentKind, format: DocumentFormat | undefined): DocumentFormat {
  const formats = FORMATS_OF[kind];
  if (format === undefined) return formats[0];
  if (!formats.includes(format)) throw new DocumentFormatUnavailableError(kind, format, formats);
  return format;
}

/** `matrix-en-at-1234.xlsx`: what, in which language, from which position. */
export const documentFileName = (
  kind: DocumentKind,
  format: DocumentFormat,
  language: string,
  position: string,
): string => `${kind}-${language}-at-${position}.${format}`;
