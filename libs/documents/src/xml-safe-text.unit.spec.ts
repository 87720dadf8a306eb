import { buildDocument } from './build-document';
import { KNOWN_RECOMMENDATIONS, snapshotOf, xmlParts } from './documents.fixtures';
import type { DocumentKind, DocumentFormat } from './document-request';

/** Characters XML 1.0 forbids; text pasted from Word or a PDF often carries them (a vertical tab, a NUL). */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

describe('given a recommendation whose text carries characters XML forbids', () => {
  const pasted = {
    ...KNOWN_RECOMMENDATIONS[0],
    text: 'Adopt\u000b the law\u0001 on\u0000 torture\ufffe.',
    parties: ['Nor\u0007way'],
  };
  const snapshot = snapshotOf('en', [pasted, ...KNOWN_RECOMMENDATIONS.slice(1)]);

  it.each([
    ['matrix', 'xlsx'],
    ['matrix', 'docx'],
    ['upr-midterm', 'docx'],
    ['treaty-followup', 'docx'],
  ] as [DocumentKind, DocumentFormat][])(
    'when the %s is built as %s, then every part is well-formed XML and the text is still there',
    async (kind, format) => {
      const parts = await xmlParts(await buildDocument({ kind, format, groupBy: 'theme', snapshot }));
      const all = Object.values(parts);
      expect(all.filter((xml) => XML_ILLEGAL.test(xml))).toEqual([]);
      expect(all.some((xml) => xml.includes('Adopt the law on torture.'))).toBe(true);
    },
  );
});
