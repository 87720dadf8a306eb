import { spreadsheetSafe } from './spreadsheet-cell';

describe('spreadsheetSafe', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'given a cell starting %j, when exported, then a quote makes it plain text',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['', 'Adopt a law', 'a=b', '2021-06-30', 'Çagalaryň', ' =x'])(
    'given a harmless cell %j, when exported, then it is unchanged',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(cell);
    },
  );

  it('given numbers and empty cells, when exported, then they are unchanged', () => {
    expect(spreadsheetSafe(42)).toBe(42);
    expect(spreadsheetSafe(null)).toBeNull();
  });
});
