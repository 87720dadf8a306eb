import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@app/event-store';
import { appendGeneratedPlan, appendGeneratedRecommendations } from '@app/testing';
import { docxParagraphs } from '@app/testing';
import { cliInProcess } from './support/cli-in-process';

describe('cli report document', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cli-document-'));
  const run = (...args: string[]) => cliInProcess({ DATA_DIR: dataDir }, 'report', 'document', ...args);
  let head: bigint;
  beforeAll(async () => {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    await appendGeneratedPlan(store);
    await appendGeneratedRecommendations(store, 0, 40);
    head = await store.headPosition();
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes the matrix as XLSX in Russian, one row per recommendation, from the position it names', async () => {
    const out = join(dataDir, 'matrix.xlsx');
    const outcome = await run('matrix', '--catch-up', '--language', 'ru', '--out', out);
    expect(outcome).toMatchObject({ code: 0, stdout: '' });
    expect(outcome.stderr).toContain(`40 recommendations at log position ${head}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getRow(2).getCell(1).value)).toContain(`позиции ${head}`);
    let rows = 0;
    sheet.eachRow((row) => (rows += /^GEN-/.test(String(row.getCell(1).value)) ? 1 : 0));
    expect(rows).toBe(40);
  });

  it('writes the mid-term report clustered by mechanism as DOCX, and refuses it as XLSX', async () => {
    const out = join(dataDir, 'midterm.docx');
    expect((await run('upr-midterm', '--out', out, '--group-by', 'mechanism')).code).toBe(0);
    expect(await docxParagraphs(readFileSync(out))).toContain('I. Introduction');
    const refused = await run('upr-midterm', '--format', 'xlsx', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no xlsx form');
  });
});
