import { loadConfig } from '@app/config';
import { SessionStore } from './session.store';

describe('SessionStore', () => {
  let now = Date.parse('2026-11-30T09:00:00Z');
  const clock = () => new Date(now);
  const store = () =>
    new SessionStore(
      loadConfig({ DATA_DIR: '/tmp/x', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8' }),
      clock,
    );
  const minutes = (n: number) => (now += n * 60_000);

  it('keeps a session alive while it is used, and ends it after 30 idle minutes', () => {
    const sessions = store();
    const { id } = sessions.start('amina', 'a'.repeat(64));
    minutes(29);
    expect(sessions.find(id)?.userId).toBe('amina');
    minutes(29);
    expect(sessions.find(id)?.userId).toBe('amina');
    minutes(31);
    expect(sessions.find(id)).toBeUndefined();
  });

  it('ends a session at its maximum age however busy it is', () => {
    const sessions = store();
    const { id } = sessions.start('amina', 'a'.repeat(64));
    for (let i = 0; i < 8 * 4; i++) {
      minutes(15);
      if (i < 8 * 4 - 1) expect(sessions.find(id)).toBeDefined();
    }
    minutes(1);
    expect(sessions.find(id)).toBeUndefined();
  });

  it('ends a session at sign-out, gives each session its own CSRF token, and knows nothing of made-up ids', () => {
    const sessions = store();
    const first = sessions.start('amina', 'a'.repeat(64));
    const second = sessions.start('amina', 'a'.repeat(64));
    expect(first.session.csrfToken).not.toBe(second.session.csrfToken);
    sessions.end(first.id);
    expect(sessions.find(first.id)).toBeUndefined();
    expect(sessions.find(second.id)).toBeDefined();
    expect(sessions.find('made-up')).toBeUndefined();
  });
});
