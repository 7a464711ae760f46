import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { authConfig } from '@kennis/config';
import { SignInSessionRepository } from './sign-in-session.repository';

/** Writing last_seen_at on every request would make each read a write; a minute of precision is enough. */
const TOUCH_AFTER_SECONDS = 60;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Server-side browser sessions behind the kennis_session cookie, with idle and absolute expiry. */
@Injectable()
export class SignInSessionService {
  constructor(
    private readonly sessions: SignInSessionRepository,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /**
   * A new session for the person, its secret for the cookie. The session the browser had before (if any)
   * ends, so a session id planted before sign-in is worthless after it (session fixation).
   */
  async start(personId: string, previousSecret: string | null, idToken: string | null = null): Promise<string> {
    if (previousSecret) await this.end(previousSecret);
    await this.sessions.deleteEnded(this.config.session.idleSeconds);
    const secret = randomBytes(32).toString('base64url');
    await this.sessions.insert(personId, hashSecret(secret), this.config.session.absoluteSeconds, idToken);
    return secret;
  }

  /** The person of a live session, or null when the secret is unknown, idle too long or past its end. */
  async resolve(secret: string): Promise<string | null> {
    if (!SECRET.test(secret)) return null;
    const session = await this.sessions.findLive(hashSecret(secret), this.config.session.idleSeconds);
    if (!session) return null;
    if (session.idleSeconds > TOUCH_AFTER_SECONDS) await this.sessions.touch(session.id);
    return session.personId;
  }

  /** Ends the session; returns the provider ID token it was started with, for the provider's sign-out. */
  async end(secret: string): Promise<{ idToken: string | null } | null> {
    if (!SECRET.test(secret)) return null;
    return this.sessions.deleteBySecretHash(hashSecret(secret));
  }

  /** Signs the person out everywhere (deactivated, erased), in the caller's transaction. */
  endAllFor(personId: string, manager: EntityManager): Promise<void> {
    return this.sessions.deleteForPerson(manager, personId);
  }
}
