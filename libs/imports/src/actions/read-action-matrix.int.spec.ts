import ExcelJS from 'exceljs';
import { readActionMatrix } from '@app/imports';

async function* chunks(text: string | Buffer): AsyncGenerator<Buffer> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += 64) yield bytes.subarray(at, at + 64);
}

const RUSSIAN_MATRIX = [
  '№;Мероприятие;Ответственный исполнитель;Соисполнители;Срок исполнения;Рекомендации;Индикатор;Единица;Исходное значение;Целевое значение;Периодичность',
  '2.1.3;Подготовить поправки в Уголовный кодекс;moj;"mfa; ombudsperson";31.12.2023;"UPR-3-114.1; UPR-3-114.2";Законопроекты;шт.;0;1;6',
  '2.1.3;;;;;"UPR-3-114.2\nCRC-5-12";Обученные судьи;чел.;0;120,5;12',
  '2.1.4;Обучение сотрудников полиции;mia;;2024-06-30;;;;;;',
  ';;;;;UPR-3-120.7;;;;;',
].join('\r\n');

describe('readActionMatrix reads a results matrix as national plans write them', () => {
  it('reads Russian headings, merges rows of one number or under merged cells, each indicator and reference once', async () => {
    const result = await readActionMatrix(chunks(RUSSIAN_MATRIX));

    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(4);
    expect(result.actions).toEqual([
      {
        row: 2,
        rows: [2, 3],
        number: '2.1.3',
        title: 'Подготовить поправки в Уголовный кодекс',
        lead: 'moj',
        supporting: ['mfa', 'ombudsperson'],
        targetDate: '2023-12-31',
        recommendationReferences: ['UPR-3-114.1', 'UPR-3-114.2', 'CRC-5-12'],
        indicators: [
          { name: 'Законопроекты', unit: 'шт.', baseline: 0, target: 1, frequencyMonths: 6 },
          { name: 'Обученные судьи', unit: 'чел.', baseline: 0, target: 120.5, frequencyMonths: 12 },
        ],
      },
      {
        row: 4,
        rows: [4, 5],
        number: '2.1.4',
        title: 'Обучение сотрудников полиции',
        lead: 'mia',
        supporting: [],
        targetDate: '2024-06-30',
        recommendationReferences: ['UPR-3-120.7'],
        indicators: [],
      },
    ]);
  });

  it('names the row and column of each bad cell and keeps the good rows', async () => {
    const csv = [
      'Number,Title,Target date,Indicator,Reporting every (months)',
      '1.1,Adopt a law,2023-02-30,,',
      '1.2,,2023-01-01,,',
      '1.3,Train judges,,Judges trained,0',
      '1.4,Publish a report,,,',
    ].join('\n');

    const result = await readActionMatrix(chunks(csv));

    expect(result.actions.map((action) => action.number)).toEqual(['1.4']);
    expect(result.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'Target date', code: 'IMPORT.ROW.INVALID_DATE' },
      { row: 3, field: 'Title', code: 'IMPORT.ROW.REQUIRED' },
      { row: 4, field: 'Reporting every (months)', code: 'IMPORT.ROW.INVALID_NUMBER' },
    ]);
  });

  it('refuses a cell longer than the action form allows, naming its column', async () => {
    const csv = `Number,Title,Unit,Indicator\n1.1,${'x'.repeat(501)},${'u'.repeat(51)},Laws\n1.2,Short,,\n`;

    const result = await readActionMatrix(chunks(csv));

    expect(result.actions.map((action) => action.number)).toEqual(['1.2']);
    expect(result.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'Title', code: 'IMPORT.ROW.TOO_LONG' },
      { row: 2, field: 'Unit', code: 'IMPORT.ROW.TOO_LONG' },
    ]);
  });

  it('reads an XLSX with Turkmen headings', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Meýilnama');
    sheet.addRow(['Belgi', 'Çäre', 'Jogapkär', 'Möhleti']);
    sheet.addRow(['3.2', 'Kanunçylygy kämilleşdirmek', 'Adalat ministrligi', '2025-12-31']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const result = await readActionMatrix(chunks(bytes));

    expect(result.format).toBe('xlsx');
    expect(result.actions).toEqual([
      expect.objectContaining({
        number: '3.2',
        title: 'Kanunçylygy kämilleşdirmek',
        lead: 'Adalat ministrligi',
      }),
    ]);
  });

  it('refuses a file without the number and title columns, naming them', async () => {
    await expect(readActionMatrix(chunks('Lead,Deadline\nmoj,2024-01-01\n'))).rejects.toMatchObject({
      code: 'IMPORT.WRONG_HEADER',
      missingColumns: ['Number', 'Title'],
    });
  });
});
