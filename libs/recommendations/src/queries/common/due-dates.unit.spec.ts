import { reportingDueState } from './due-dates';

const QUARTERLY = ['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01'];

describe('where reporting on an action stands', () => {
  it('gives the first due date after today and every passed one when nothing is reported', () => {
    expect(reportingDueState(QUARTERLY, '2025-08-15')).toEqual({
      nextDueDate: '2025-10-01',
      overdueDueDates: ['2025-04-01', '2025-07-01'],
    });
  });

  it('counts a due date met by a report whose period reaches the day before it', () => {
    expect(reportingDueState(QUARTERLY, '2025-10-15', '2025-06-30').overdueDueDates).toEqual(['2025-10-01']);
    expect(reportingDueState(QUARTERLY, '2025-10-15', '2025-09-30').overdueDueDates).toEqual([]);
  });

  it('keeps a partly reported period overdue', () => {
    expect(reportingDueState(QUARTERLY, '2025-10-15', '2025-08-15').overdueDueDates).toEqual(['2025-10-01']);
  });

  it('treats a date due today as overdue, and merges the dates of several indicators', () => {
    const twoIndicators = ['2025-05-01', '2025-07-01', '2025-07-01', '2025-09-01'];
    expect(reportingDueState(twoIndicators, '2025-07-01')).toEqual({
      nextDueDate: '2025-09-01',
      overdueDueDates: ['2025-05-01', '2025-07-01'],
    });
  });

  it('has nothing due for an action without indicators', () => {
    expect(reportingDueState([], '2025-07-01')).toEqual({ nextDueDate: null, overdueDueDates: [] });
  });
});
