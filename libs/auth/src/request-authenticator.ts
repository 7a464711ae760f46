import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { authConfig } from '@kennis/config';
import { UnauthenticatedError } from '@kennis/errors';
import { type Actor, ActorLookup } from './actor';
import { readCookie } from './http/session-cookie';
import { SignInSessionService } from './sessions/sign-in-session.service';
import { TokenService } from './token.service';

export interface RequestCredentials {
  headers: Record<string, string | string[] | undefined>;
}

/** Who sent a request: a bearer token (API clients) or the session cookie (the browser). */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: SignInSessionService,
    private readonly actors: ActorLookup,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async authenticate(request: RequestCredentials): Promise<Actor> {
    const personId = (await this.personFromBearer(request)) ?? (await this.personFromSession(request));
    const actor = await this.actors.findActor(personId);
    if (!actor) throw new UnauthenticatedError('The person you are signed in as no longer has access to Kennis. Sign in again.');
    return actor;
  }

  private async personFromBearer(request: RequestCredentials): Promise<string | null> {
    const header = request.headers.authorization;
    if (header === undefined) return null;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    return this.tokens.verify(match[1]);
  }

  private async personFromSession(request: RequestCredentials): Promise<string> {
    const secret = readCookie(request.headers.cookie, this.config.session.cookieName);
    if (!secret) {
      throw new UnauthenticatedError(
        this.config.mode === 'development'
          ? 'Sign in first (or send an Authorization: Bearer <token> header; npm run token -- <email> prints one).'
          : 'Sign in first (or send an Authorization: Bearer <access token> header).',
      );
    }
    const personId = await this.sessions.resolve(secret);
    if (!personId) throw new UnauthenticatedError('Your session has ended. Sign in again.');
    return personId;
  }
}
