import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import type { HttpRequest as Request, HttpResponse as Response } from './http-types';
import { type AuthMode, authConfig } from '@kennis/config';
import { BadUserInputError, DomainError, ErrorCode } from '@kennis/errors';
import { RateLimiter, type RateLimitRule } from '@kennis/rate-limit';
import { ActorLookup } from '../actor';
import { OidcSignInService } from '../oidc/oidc-sign-in.service';
import { isPersonId } from '../person-id';
import { SignInSessionService } from '../sessions/sign-in-session.service';
import { type SignInCandidate, SignInDirectory } from '../sign-in-directory';
import { AuthHttpExceptionFilter } from './auth-http-exception.filter';
import { ATTEMPT_COOKIE } from './session-cookie';
import { clearAttemptCookie, clearSessionCookie, readCookie, setAttemptCookie, setSessionCookie } from './session-cookie';

class ProviderSignInOffError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, 'Sign-in with an identity provider is off (AUTH_MODE is development): use POST /auth/dev/sign-in.');
  }
}

class DevelopmentSignInOffError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, 'Development sign-in is off (AUTH_MODE is oidc): sign in at GET /auth/sign-in.');
  }
}

/** Failed sign-ins per client address, shared by every API instance (Redis): guessing stays slow. */
const SIGN_IN_FAILURES: RateLimitRule = { name: 'sign-in-failures', limit: 10, windowSeconds: 5 * 60, blockSeconds: 5 * 60 };

/** The browser's way in: sign-in options, development sign-in and sign-out (see the README, Security). */
@Controller('auth')
@UseFilters(AuthHttpExceptionFilter)
export class AuthController {
  constructor(
    private readonly sessions: SignInSessionService,
    private readonly directory: SignInDirectory,
    private readonly actors: ActorLookup,
    private readonly oidc: OidcSignInService,
    private readonly limiter: RateLimiter,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  @Get('options')
  options(): { mode: AuthMode } {
    return { mode: this.config.mode };
  }

  @Get('dev/people')
  developmentPeople(): Promise<SignInCandidate[]> {
    this.requireDevelopment();
    return this.directory.listSignInCandidates();
  }

  @Post('dev/sign-in')
  @HttpCode(204)
  async developmentSignIn(@Body() body: unknown, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    this.requireDevelopment();
    const actor = await this.countingFailures(request, async () => {
      const personId = (body as { personId?: unknown } | null)?.personId;
      if (!isPersonId(personId)) {
        throw new BadUserInputError('personId', 'personId must be the id of a person from GET /auth/dev/people.');
      }
      const found = await this.actors.findActor(personId);
      if (!found) throw new BadUserInputError('personId', `There is no person with id ${personId} who can sign in.`);
      return found;
    });
    const secret = await this.sessions.start(actor.personId, this.currentSecret(request));
    setSessionCookie(response, this.config.session, secret);
  }

  @Get('sign-in')
  async signIn(@Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    if (this.config.mode !== 'oidc') throw new ProviderSignInOffError();
    const { authorizationUrl, attemptSecret } = await this.oidc.begin(returnTo);
    setAttemptCookie(response, this.config.session, attemptSecret);
    response.redirect(302, authorizationUrl);
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (this.config.mode !== 'oidc') throw new ProviderSignInOffError();
    const attemptSecret = readCookie(request.headers.cookie, ATTEMPT_COOKIE);
    clearAttemptCookie(response, this.config.session);
    const callbackUrl = new URL(request.originalUrl, this.config.oidc!.redirectUri);
    const { sessionSecret, returnTo } = await this.countingFailures(request, () =>
      this.oidc.complete(callbackUrl, attemptSecret, this.currentSecret(request)),
    );
    setSessionCookie(response, this.config.session, sessionSecret);
    response.redirect(302, returnTo);
  }

  @Post('sign-out')
  @HttpCode(200)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<{ redirectTo: string }> {
    const secret = this.currentSecret(request);
    const ended = secret ? await this.sessions.end(secret) : null;
    clearSessionCookie(response, this.config.session);
    if (this.config.mode !== 'oidc') return { redirectTo: '/' };
    return { redirectTo: await this.oidc.signOutUrl(ended?.idToken ?? null) };
  }

  /** Refuses while the address is blocked; counts a failed sign-in; a success leaves the count alone. */
  private async countingFailures<T>(request: Request, work: () => Promise<T>): Promise<T> {
    const address = request.ip ?? 'unknown';
    await this.limiter.assertAllowed(SIGN_IN_FAILURES, address);
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) await this.limiter.hit(SIGN_IN_FAILURES, address);
      throw error;
    }
  }

  private currentSecret(request: Request): string | null {
    return readCookie(request.headers.cookie, this.config.session.cookieName);
  }

  private requireDevelopment(): void {
    if (this.config.mode !== 'development') throw new DevelopmentSignInOffError();
  }
}
