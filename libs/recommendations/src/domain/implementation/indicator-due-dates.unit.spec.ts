import { addMonths, dueDatesOf, rescheduledDueDates } from './indicator-due-dates';

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-11-15', 3, '2024-02-15'],
    ['2021-12-31', 12, '2022-12-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('dueDatesOf', () => {
  it('counts every date from the start, so a month-end schedule keeps the month end', () => {
    expect(dueDatesOf({ frequencyMonths: 1, scheduleStart: '2024-01-31' }, '2024-05-31')).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
    ]);
  });

  it("stops at the plan's end", () => {
    expect(dueDatesOf({ frequencyMonths: 6, scheduleStart: '2021-01-01' }, '2022-06-30')).toEqual([
      '2021-07-01',
      '2022-01-01',
    ]);
    expect(dueDatesOf({ frequencyMonths: 60, scheduleStart: '2021-01-01' }, '2025-12-31')).toEqual([]);
  });
});

describe('rescheduledDueDates', () => {
  it('keeps the dates before the change and regenerates the later ones', () => {
    const before = dueDatesOf({ frequencyMonths: 3, scheduleStart: '2021-01-01' }, '2021-12-31');
    expect(before).toEqual(['2021-04-01', '2021-07-01', '2021-10-01']);
    expect(
      rescheduledDueDates(
        before,
        { frequencyMonths: 2, scheduleStart: '2021-06-15' },
        '2021-07-01',
        '2021-12-31',
      ),
    ).toEqual(['2021-04-01', '2021-08-15', '2021-10-15', '2021-12-15']);
  });
});
