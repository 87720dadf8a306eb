import { UPR_SESSIONS, uprCycleOf, uprSession } from './upr-sessions';

describe('UPR Working Group sessions', () => {
  it('lists sessions 1 to 47 at least, in order, each ending after it starts', () => {
    expect(UPR_SESSIONS.map((s) => s.session).slice(0, 47)).toEqual(
      Array.from({ length: 47 }, (_, i) => i + 1),
    );
    for (const s of UPR_SESSIONS) expect(s.end > s.start).toBe(true);
    for (let i = 1; i < UPR_SESSIONS.length; i += 1)
      expect(UPR_SESSIONS[i].start > UPR_SESSIONS[i - 1].end).toBe(true);
  });

  it.each([
    [1, 1],
    [12, 1],
    [13, 2],
    [26, 2],
    [27, 3],
    [40, 3],
    [41, 4],
    [47, 4],
  ])('puts session %p in cycle %p', (session, cycle) => {
    expect(uprSession(session)?.cycle).toBe(cycle);
  });

  it("gives Turkmenistan's second review (session 16) its dates", () => {
    expect(uprSession(16)).toEqual({ session: 16, cycle: 2, start: '2013-04-22', end: '2013-05-03' });
  });

  it('knows the cycle of a session of cycle 4 not yet in the table, and none beyond it', () => {
    expect(uprCycleOf(54)).toBe(4);
    expect(uprCycleOf(55)).toBeUndefined();
    expect(uprCycleOf(0)).toBeUndefined();
    expect(uprSession(99)).toBeUndefined();
  });
});
