/** One spelling for lookups: no accents, lower case, punctuation and runs of spaces folded to one space. */
export const normaliseLabel = (label: string): string =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
