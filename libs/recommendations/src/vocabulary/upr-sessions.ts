/** One session of the UPR Working Group: its number, the review cycle it belongs to, and its first and last day. */
export type UprSession = { session: number; cycle: number; start: string; end: string };

/**
 * Sessions 1 to 49, from the OHCHR calendar of UPR Working Group sessions
 * (https://www.ohchr.org/en/hr-bodies/upr/upr-sessions); see docs/imports.md for how the dates were checked.
 * Cycles: 1 = sessions 1-12, 2 = 13-26, 3 = 27-40, 4 = 41-54.
 */
const DATES: ReadonlyArray<readonly [number, string, string]> = [
  [1, '2008-04-07', '2008-04-18'],
  [2, '2008-05-05', '2008-05-19'],
  [3, '2008-12-01', '2008-12-15'],
  [4, '2009-02-02', '2009-02-13'],
  [5, '2009-05-04', '2009-05-15'],
  [6, '2009-11-30', '2009-12-11'],
  [7, '2010-02-08', '2010-02-19'],
  [8, '2010-05-03', '2010-05-14'],
  [9, '2010-11-01', '2010-11-12'],
  [10, '2011-01-24', '2011-02-04'],
  [11, '2011-05-02', '2011-05-13'],
  [12, '2011-10-03', '2011-10-14'],
  [13, '2012-05-21', '2012-06-04'],
  [14, '2012-10-22', '2012-11-05'],
  [15, '2013-01-21', '2013-02-01'],
  [16, '2013-04-22', '2013-05-03'],
  [17, '2013-10-21', '2013-11-01'],
  [18, '2014-01-27', '2014-02-07'],
  [19, '2014-04-28', '2014-05-09'],
  [20, '2014-10-27', '2014-11-07'],
  [21, '2015-01-19', '2015-01-30'],
  [22, '2015-05-04', '2015-05-15'],
  [23, '2015-11-02', '2015-11-13'],
  [24, '2016-01-18', '2016-01-29'],
  [25, '2016-05-02', '2016-05-13'],
  [26, '2016-10-31', '2016-11-11'],
  [27, '2017-05-01', '2017-05-12'],
  [28, '2017-11-06', '2017-11-17'],
  [29, '2018-01-15', '2018-01-26'],
  [30, '2018-05-07', '2018-05-18'],
  [31, '2018-11-05', '2018-11-16'],
  [32, '2019-01-21', '2019-02-01'],
  [33, '2019-05-06', '2019-05-17'],
  [34, '2019-11-04', '2019-11-15'],
  [35, '2020-01-20', '2020-01-31'],
  [36, '2020-11-02', '2020-11-13'],
  [37, '2021-01-18', '2021-01-29'],
  [38, '2021-05-03', '2021-05-14'],
  [39, '2021-11-01', '2021-11-12'],
  [40, '2022-01-24', '2022-02-04'],
  [41, '2022-11-07', '2022-11-18'],
  [42, '2023-01-23', '2023-02-03'],
  [43, '2023-05-01', '2023-05-12'],
  [44, '2023-11-06', '2023-11-17'],
  [45, '2024-01-22', '2024-02-02'],
  [46, '2024-04-29', '2024-05-10'],
  [47, '2024-11-04', '2024-11-15'],
  [48, '2025-01-20', '2025-01-31'],
  [49, '2025-04-28', '2025-05-09'],
];

const CYCLE_FIRST_SESSIONS: readonly number[] = [1, 13, 27, 41, 55];

/** The review cycle a session number belongs to (cycles 1 to 4 are fixed by the Human Rights Council). */
export const uprCycleOf = (session: number): number | undefined => {
  if (
    !Number.isInteger(session) ||
    session < 1 ||
    session >= CYCLE_FIRST_SESSIONS[CYCLE_FIRST_SESSIONS.length - 1]
  ) {
    return undefined;
  }
  return (
    CYCLE_FIRST_SESSIONS.findIndex(
      (first, index) => session >= first && session < CYCLE_FIRST_SESSIONS[index + 1],
    ) + 1
  );
};

export const UPR_SESSIONS: readonly UprSession[] = DATES.map(([session, start, end]) => ({
  session,
  cycle: uprCycleOf(session) as number,
  start,
  end,
}));

/** The session with that number, or undefined when it is not in the table. */
export const uprSession = (session: number): UprSession | undefined =>
  UPR_SESSIONS.find((s) => s.session === session);
