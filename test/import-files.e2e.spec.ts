import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { UPR_INFO_HEADER } from './fixtures/imports/upr-info-sample';
import { startApi, type ApiHarness } from './support/api-harness';

const FIXTURES = join(__dirname, 'fixtures/imports');
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** supertest leaves binary bodies unread; an XLSX is collected as bytes. */
const asBytes = (response: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const sheetRows = async (bytes: Buffer): Promise<string[][]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((cell) => (cell === undefined || cell === null ? '' : String(cell))),
    );
  });
  return rows;
};

describe('the files around an import: failed rows and templates', () => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi();
  });
  afterEach(async () => api.close());

  const upload = (body: Buffer | string, query: string, type = CSV) =>
    api
      .http()
      .post(`/imports?${query}`)
      .set('Authorization', `Bearer ${api.tokens.admin}`)
      .set('Content-Type', type)
      .send(body);
  const download = (
    path: string,
    role: 'secretariat' | 'reviewer' | 'auditor' | 'admin' | 'reporter' = 'secretariat',
  ) => api.http().get(path).set('Authorization', `Bearer ${api.tokens[role]}`).buffer(true).parse(asBytes);

  describe('given the UPR Info sample imported, with its 4 failed rows', () => {
    let importId: string;
    beforeEach(async () => {
      const report = await upload(
        readFileSync(join(FIXTURES, 'upr-info.utf8.lf.csv')),
        'profile=upr-info&dryRun=false',
      ).expect(201);
      importId = report.body.importId;
    });

    it('when errors.csv is downloaded, then it has the original columns, the 4 rows and their errors, with a BOM', async () => {
      const response = await download(`/imports/${importId}/errors.csv`).expect(200);

      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="import-${importId}-errors.csv"`,
      );
      const text = (response.body as Buffer).toString('utf8');
      expect(text.startsWith('\ufeff')).toBe(true);
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      expect(header).toEqual([...UPR_INFO_HEADER, 'error']);
      expect(rows.map((row) => row[3])).toEqual([
        'Promote interplanetary cooperation',
        'Combat torture in places of detention',
        '',
        'Adopt a national action plan on human rights',
      ]);
      expect(rows[0][4]).toBe('Japan');
      expect(rows[0][11]).toMatch(/^Issue: .*Space exploration/);
      expect(rows[1][11]).toMatch(/^From: .*Atlantis/);
      expect(rows[2][11]).toMatch(/^Text: /);
      expect(rows[3][11]).toMatch(/^Session: .*99/);
    });

    it('when errors.xlsx is downloaded, then its sheet holds the same rows and errors', async () => {
      const response = await download(`/imports/${importId}/errors.xlsx`, 'auditor').expect(200);

      expect(response.headers['content-type']).toBe(XLSX);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="import-${importId}-errors.xlsx"`,
      );
      const [header, ...rows] = await sheetRows(response.body as Buffer);
      expect(header).toEqual([...UPR_INFO_HEADER, 'error']);
      expect(rows).toHaveLength(4);
      expect(rows[1].slice(3, 5)).toEqual(['Combat torture in places of detention', 'Atlantis']);
      expect(rows[3][11]).toMatch(/^Session: .*99/);
    });

    it('when the rows of errors.csv are fixed and imported again, then they are all accepted', async () => {
      const text = (await download(`/imports/${importId}/errors.csv`).expect(200)).body.toString('utf8');
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      const column = (name: string) => header.indexOf(name);
      rows[0][column('Issue')] = 'Justice';
      rows[1][column('From')] = 'Japan';
      rows[2][column('Text')] = 'Guarantee access to legal aid for all persons in detention';
      rows[3][column('Session')] = '16';
      const fixed = [header, ...rows]
        .map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(','))
        .join('\r\n');

      const report = await upload(`\ufeff${fixed}`, 'profile=upr-info&dryRun=false').expect(201);

      expect(report.body.errors).toEqual([]);
      expect(report.body.recommendations).toEqual({ created: 4, updated: 0, unchanged: 0, failed: 0 });
    });

    it('refuses the errors files to a reporter, and answers 404 IMPORT.NOT_FOUND for an unknown import', async () => {
      await download(`/imports/${importId}/errors.csv`, 'reporter').expect(403);
      const missing = await api
        .as('admin')
        .get('/imports/00000000-0000-8000-8000-000000000000/errors.xlsx')
        .expect(404);
      expect(missing.body.code).toBe('IMPORT.NOT_FOUND');
    });
  });

  describe('given the template files, to any signed-in role', () => {
    it.each([
      ['recommendations.csv', CSV, /^text\/csv/],
      ['recommendations.xlsx', XLSX, new RegExp(`^${XLSX}`)],
    ])(
      'when %s is downloaded and imported back, then its header is accepted and nothing fails',
      async (file, type, mediaType) => {
        const response = await download(`/imports/templates/${file}`, 'reporter').expect(200);

        expect(response.headers['content-type']).toMatch(mediaType);
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename="${file.replace('recommendations', 'recommendations-template')}"`,
        );
        const report = await upload(response.body as Buffer, 'profile=template', type).expect(200);
        expect(report.body).toMatchObject({
          profile: 'template',
          errors: [],
          recommendations: { failed: 0 },
        });
        expect(report.body.rows).toBe(1);
      },
    );
  });
});
