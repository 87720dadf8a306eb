import { addMonths, dueDatesOf } from './due-dates';

describe('report due dates', () => {
  it('step by calendar months, keeping the day or the last of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 12)).toBe('2026-03-31');
  });

  it('are every period from the schedule start; the next one is after today', () => {
    const quarterly = [{ frequencyMonths: 3, scheduleStart: '2025-01-01' }];
    expect(dueDatesOf(quarterly, '2025-08-15')).toEqual({
      nextDueDate: '2025-10-01',
      overdueDueDates: ['2025-04-01', '2025-07-01'],
    });
  });

  it('are overdue only for periods that open after the latest report ends', () => {
    const quarterly = [{ frequencyMonths: 3, scheduleStart: '2025-01-01' }];
    expect(dueDatesOf(quarterly, '2025-10-15', '2025-06-30').overdueDueDates).toEqual(['2025-10-01']);
    expect(dueDatesOf(quarterly, '2025-10-15', '2025-09-30').overdueDueDates).toEqual([]);
  });

  it('merge several indicators and ignore a schedule that has no frequency', () => {
    const schedules = [
      { frequencyMonths: 6, scheduleStart: '2025-01-01' },
      { frequencyMonths: 4, scheduleStart: '2025-01-01' },
      { frequencyMonths: 0, scheduleStart: '2025-01-01' },
    ];
    expect(dueDatesOf(schedules, '2025-06-01')).toEqual({
      nextDueDate: '2025-07-01',
      overdueDueDates: ['2025-05-01'],
    });
  });
});
