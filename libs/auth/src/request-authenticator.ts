import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { authConfig } from '@kennis/config';
import { UnauthenticatedError } from '@kennis/errors';
import { type Actor, ActorLookup } from './actor';
import { readCookie } from './http/session-cookie';
import { OidcAccessTokenVerifier } from './oidc/oidc-access-token.verifier';
import { SignInSessionService } from './sessions/sign-in-session.service';
import { SignInDirectory } from './sign-in-directory';
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
    private readonly accessTokens: OidcAccessTokenVerifier,
    private readonly directory: SignInDirectory,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async authenticate(request: RequestCredentials): Promise<Actor> {
    const header = request.headers.authorization;
    const actor = header === undefined ? await this.actorFromSession(request) : await this.actorFromBearer(header);
    if (!actor) throw new UnauthenticatedError('The person you are signed in as no longer has access to Kennis. Sign in again.');
    return actor;
  }

  private async actorFromBearer(header: string | string[]): Promise<Actor | null> {
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    // Development tokens carry a Kennis person id; the provider's access tokens carry its own id for the person.
    if (this.config.mode === 'development') return this.actors.findActor(this.tokens.verify(match[1]));
    return this.directory.findActorByExternalId(await this.accessTokens.verify(match[1]));
  }

  private async actorFromSession(request: RequestCredentials): Promise<Actor | null> {
    return this.actors.findActor(await this.personFromSession(request));
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
