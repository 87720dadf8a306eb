import { buildDocument } from './build-document';
import type { DocumentRequest } from './document-request';
import { KNOWN_RECOMMENDATIONS, docxParagraphs, snapshotOf, xmlParts } from './documents.fixtures';
import { buildDocumentInThread } from './document-thread';

const TORTURE = 'Torture and other cruel, inhuman or degrading treatment';
const midterm = (snapshot = snapshotOf()): DocumentRequest => ({
  kind: 'upr-midterm',
  format: 'docx',
  groupBy: 'theme',
  snapshot,
});

describe('the UPR mid-term report draft', () => {
  let text: string[];
  beforeAll(async () => {
    text = await docxParagraphs(await buildDocument(midterm()));
  });

  it('opens with provenance and the introduction and method the secretariat completes, clearly marked', () => {
    expect(text.slice(0, 3)).toEqual([
      'Universal Periodic Review: voluntary mid-term report (draft)',
      'Prepared from the record at log position 4242 (2024-07-01T09:30:00.000Z).',
      'No ledger digest yet: the record keeps no ledger.',
    ]);
    expect(text[3]).toBe('I. Introduction');
    expect(text[4]).toMatch(/^\[TO BE COMPLETED BY THE SECRETARIAT\] /);
    expect(text[5]).toBe('II. Methodology and consultation process');
  });

  it('has a section per theme citing each recommendation, its position, what was done and what remains', () => {
    const at = text.indexOf(TORTURE);
    expect(text.slice(at, at + 9)).toEqual([
      TORTURE,
      'Recommendation UPR-3-114.1',
      'Ratify the Optional Protocol to the Convention against Torture.',
      'Position of the State: Supported',
      'Measures taken:',
      '2024-03-31 (2.1.3): Draft law sent to the Mejlis.',
      '2024-06-30 (2.1.3): Mejlis adopted the law in first reading.',
      'Current status: Planned',
      'Recommendation UPR-3-114.2',
    ]);
    const exitVisas = text.indexOf('Recommendation UPR-3-114.9');
    expect(text.slice(exitVisas + 2, exitVisas + 5)).toEqual([
      'Position of the State: Not yet decided',
      'Measures taken:',
      'No validated progress report yet.',
    ]);
  });

  it('counts by position and status, shows the word count and annexes the matrix', () => {
    const summary = text.indexOf('Recommendations by position of the State');
    expect(text.slice(summary + 1, summary + 13)).toEqual([
      'Position of the State',
      'Number',
      'Supported',
      '1',
      'Partially supported',
      '1',
      'Noted',
      '1',
      'Not yet decided',
      '1',
      'Total',
      '4',
    ]);
    const status = text.indexOf('Recommendations by status of implementation');
    expect(text.slice(status + 3, status + 5)).toEqual(['Under review', '1']);
    expect(text.find((line) => line.startsWith('Word count: '))).toMatch(
      /^Word count: \d+ \(limit 10700\)\.$/,
    );
    expect(text.some((line) => line.startsWith('Warning:'))).toBe(false);
    const annex = text.indexOf('Annex: implementation matrix');
    expect(text.slice(annex).filter((line) => line === 'UPR-3-114.1')).toHaveLength(1);
  });

  it('warns when the report is over the 10,700 words of a UPR national report', async () => {
    const long = KNOWN_RECOMMENDATIONS.map((r) => ({ ...r, text: 'word '.repeat(3000) }));
    const over = await docxParagraphs(await buildDocument(midterm(snapshotOf('en', long))));
    expect(over.find((line) => line.startsWith('Warning:'))).toMatch(/more than the 10700 words/);
  });

  it('is the same document twice from the same position but for the ZIP timestamps', async () => {
    const first = await xmlParts(await buildDocument(midterm()));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await xmlParts(await buildDocument(midterm()));
    expect(second).toEqual(first);
    expect(first['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-01T09:30:00Z',
    );
  });
});

describe('the treaty-body follow-up report', () => {
  it('has one section per selected recommendation, in Russian', async () => {
    const chosen = snapshotOf('ru', KNOWN_RECOMMENDATIONS.slice(0, 2));
    const text = await docxParagraphs(
      await buildDocument({ kind: 'treaty-followup', format: 'docx', groupBy: 'theme', snapshot: chosen }),
    );
    expect(text).toContain('Рекомендации, отобранные для последующих мер: 2.');
    expect(text.filter((line) => /^\d\. /.test(line))).toEqual(['1. UPR-3-114.1', '2. UPR-3-114.2']);
    expect(text).toContain('Позиция государства: Поддержана');
  });
});

describe('building on a worker thread', () => {
  it('gives the same document as building in place, with progress', async () => {
    const seen: number[] = [];
    const request: DocumentRequest = {
      kind: 'matrix',
      format: 'xlsx',
      groupBy: 'theme',
      snapshot: snapshotOf(),
    };
    const threaded = await buildDocumentInThread(request, (done) => seen.push(done));
    expect(await xmlParts(threaded)).toEqual(await xmlParts(await buildDocument(request)));
    expect(seen).toEqual([4]);
  });

  it('builds documents asked for together one after the other, each whole', async () => {
    const order: string[] = [];
    const build = (kind: DocumentRequest['kind']) =>
      buildDocumentInThread({ kind, format: 'docx', groupBy: 'theme', snapshot: snapshotOf() }).then(
        async (bytes) => {
          order.push(kind);
          return docxParagraphs(bytes);
        },
      );
    const [matrix, midterm] = await Promise.all([build('matrix'), build('upr-midterm')]);
    expect(order).toEqual(['matrix', 'upr-midterm']);
    expect(matrix[0]).toBe('Implementation matrix of recommendations');
    expect(midterm[0]).toBe('Universal Periodic Review: voluntary mid-term report (draft)');
  });
});
