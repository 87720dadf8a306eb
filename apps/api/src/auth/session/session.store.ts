import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@app/config';
import { createHash, randomBytes } from 'node:crypto';

/** A signed-in workspace user: the token's digest is re-checked on every request, so rotating or disabling ends it. */
export interface Session {
  readonly userId: string;
  readonly tokenSha256: string;
  /** Sent back with every state-changing request (header X-CSRF-Token or form field _csrf). */
  readonly csrfToken: string;
  readonly startedAt: number;
  lastSeenAt: number;
}

/** The cookie's value is a random id; the store keys sessions by its digest, so memory never holds a usable id. */
const keyOf = (sessionId: string): string => createHash('sha256').update(sessionId).digest('hex');

/**
 * Sessions in this process's memory: a restart signs everyone out, which a token-based sign-in makes cheap.
 * Each ends after SESSION_IDLE_MINUTES without a request, SESSION_MAX_HOURS after sign-in, or at sign-out.
 */
@Injectable()
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns the new session's id, for the cookie. */
  start(userId: string, tokenSha256: string): { id: string; session: Session } {
    this.sweep();
    const id = randomBytes(32).toString('base64url');
    const now = this.clock().getTime();
    const session = {
      userId,
      tokenSha256,
      csrfToken: randomBytes(32).toString('base64url'),
      startedAt: now,
      lastSeenAt: now,
    };
    this.sessions.set(keyOf(id), session);
    return { id, session };
  }

  /** The live session with this id, its idle timer restarted; an expired one is forgotten. */
  find(id: string): Session | undefined {
    const key = keyOf(id);
    const session = this.sessions.get(key);
    if (session === undefined) return undefined;
    const now = this.clock().getTime();
    if (this.expired(session, now)) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  end(id: string): void {
    this.sessions.delete(keyOf(id));
  }

  /** Ages the idle cookie out at the same moment the store would. */
  get idleSeconds(): number {
    return this.config.sessions.idleMinutes * 60;
  }

  private expired(session: Session, now: number): boolean {
    const { idleMinutes, maxHours } = this.config.sessions;
    return now - session.lastSeenAt > idleMinutes * 60_000 || now - session.startedAt > maxHours * 3_600_000;
  }

  /** Forgets expired sessions, so abandoned ones do not pile up. */
  private sweep(): void {
    const now = this.clock().getTime();
    for (const [key, session] of this.sessions) if (this.expired(session, now)) this.sessions.delete(key);
  }
}
