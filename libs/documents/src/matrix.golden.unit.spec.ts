import ExcelJS from 'exceljs';
import { buildDocument } from './build-document';
import { KNOWN_RECOMMENDATIONS, docxParagraphs, snapshotOf, xmlParts } from './documents.fixtures';

const TORTURE = 'Torture and other cruel, inhuman or degrading treatment';

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((cell) => String(cell ?? ''))),
  );
  return rows;
}

describe('the implementation matrix', () => {
  it('as XLSX: provenance, a header, each theme cluster then its rows with every column', async () => {
    const bytes = await buildDocument({
      kind: 'matrix',
      format: 'xlsx',
      groupBy: 'theme',
      snapshot: snapshotOf(),
    });
    const rows = await sheetRows(bytes);
    expect(rows[0][0]).toBe('Implementation matrix of recommendations');
    expect(rows[1][0]).toContain('log position 4242');
    expect(rows[2][0]).toBe('No ledger digest yet: the record keeps no ledger.');
    expect(rows[3]).toEqual([
      'Reference',
      'Recommendation',
      'Recommending parties',
      'Position of the State',
      'Linked actions',
      'Responsible institutions',
      'Status',
      'Latest validated progress',
      'Assessment of implementation',
    ]);
    const firstCells = rows.slice(4).map((row) => row[0]);
    expect(firstCells).toEqual([
      'Rights of the child',
      'CRC-C-TKM-CO-2-5-20',
      TORTURE,
      'UPR-3-114.1',
      'UPR-3-114.2',
      'Other recommendations',
      'UPR-3-114.9',
    ]);
    expect(rows[7]).toEqual([
      'UPR-3-114.1',
      'Ratify the Optional Protocol to the Convention against Torture.',
      'Norway, Chile',
      'Supported',
      '2.1.3 Draft the ratification law',
      'Ministry of Justice\nOmbudsperson',
      'Planned',
      '2024-06-30 (2.1.3): Mejlis adopted the law in first reading.',
      'State: Ratification under way.\nMechanism: B1',
    ]);
  });

  it('fixes the workbook dates to the position time', async () => {
    const bytes = await buildDocument({
      kind: 'matrix',
      format: 'xlsx',
      groupBy: 'theme',
      snapshot: snapshotOf(),
    });
    expect((await xmlParts(bytes))['docProps/core.xml']).toContain('2024-07-01T09:30:00Z');
  });

  it('is the same workbook twice from the same position but for the ZIP timestamps', async () => {
    const build = () =>
      buildDocument({ kind: 'matrix', format: 'xlsx', groupBy: 'theme', snapshot: snapshotOf() });
    const first = await xmlParts(await build());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await xmlParts(await build())).toEqual(first);
  });

  it('clusters by mechanism and by cycle when asked', async () => {
    const byMechanism = await sheetRows(
      await buildDocument({ kind: 'matrix', format: 'xlsx', groupBy: 'mechanism', snapshot: snapshotOf() }),
    );
    expect(byMechanism.map((row) => row[0])).toEqual(
      expect.arrayContaining(['Treaty bodies: CRC', 'Universal Periodic Review']),
    );
    const byCycle = await sheetRows(
      await buildDocument({ kind: 'matrix', format: 'xlsx', groupBy: 'cycle', snapshot: snapshotOf() }),
    );
    const headings = byCycle.map((row) => row[0]).filter((cell) => /cycle/i.test(cell));
    expect(headings).toEqual(['UPR cycle 3', 'Outside a UPR cycle']);
  });

  it('as DOCX: the same clusters and rows, labelled in Russian', async () => {
    const bytes = await buildDocument({
      kind: 'matrix',
      format: 'docx',
      groupBy: 'theme',
      snapshot: snapshotOf('ru'),
    });
    const text = await docxParagraphs(bytes);
    expect(text).toContain('Матрица выполнения рекомендаций');
    expect(text).toContain('Прочие рекомендации');
    expect(text).toContain('Поддержана частично');
    expect(text.filter((line) => line === 'Рекомендация')).toHaveLength(3);
    for (const { reference } of KNOWN_RECOMMENDATIONS) expect(text).toContain(reference);
  });

  it('labels a Turkmen matrix from the Turkmen catalogue', async () => {
    const bytes = await buildDocument({
      kind: 'matrix',
      format: 'docx',
      groupBy: 'theme',
      snapshot: snapshotOf('tk'),
    });
    expect(await docxParagraphs(bytes)).toEqual(
      expect.arrayContaining(['Teklipleriň ýerine ýetirilişiniň matrisasy', 'Goldanyldy']),
    );
  });

  it('refuses an XLSX of a report, naming the format', () => {
    expect(() =>
      buildDocument({ kind: 'upr-midterm', format: 'xlsx', groupBy: 'theme', snapshot: snapshotOf() }),
    ).toThrow(expect.objectContaining({ code: 'DOCUMENT.FORMAT_UNAVAILABLE' }));
  });
});
