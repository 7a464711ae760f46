import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import type { HttpRequest as Request, HttpResponse as Response } from './http-types';
import { type AuthMode, authConfig, currentCorrelationId } from '@kennis/config';
import { BadUserInputError, DomainError, ErrorCode } from '@kennis/errors';
import { ActorLookup } from '../actor';
import { AttemptLimiter, type AttemptRule } from '../attempt-limiter';
import { OidcSignInService } from '../oidc/oidc-sign-in.service';
import { isPersonId } from '../person-id';
import { SignInSessionService } from '../sessions/sign-in-session.service';
import { type SignInCandidate, SignInDirectory } from '../sign-in-directory';
import { SignInFailedError } from '../sign-in-failed.error';
import { SignInFailureReason, type SignInMethod, SignInRecorder } from '../sign-in-recorder';
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
const SIGN_IN_FAILURES: AttemptRule = { name: 'sign-in-failures', limit: 10, windowSeconds: 5 * 60, blockSeconds: 5 * 60 };

/** Why a sign-in failed, for the audit log and the sign-in page. */
function failureReason(error: unknown): SignInFailureReason {
  if (error instanceof SignInFailedError) return error.reason;
  // The development sign-in's only refusal: no such person who can sign in.
  if (error instanceof BadUserInputError) return SignInFailureReason.UnknownPerson;
  if (error instanceof DomainError && error.code === ErrorCode.TooManyRequests) return SignInFailureReason.TooManyAttempts;
  return SignInFailureReason.Unavailable;
}

/** The web app's sign-in page, which explains the reason in the person's language and signs in towards returnTo. */
function signInPage(reason: SignInFailureReason, returnTo: string | null): string {
  return `/sign-in?${new URLSearchParams(returnTo && returnTo !== '/' ? { failed: reason, returnTo } : { failed: reason })}`;
}

/** The browser's way in: sign-in options, development sign-in and sign-out (see the README, Security). */
@Controller('auth')
@UseFilters(AuthHttpExceptionFilter)
export class AuthController {
  private readonly logger = new Logger('AuthHttp');

  constructor(
    private readonly sessions: SignInSessionService,
    private readonly directory: SignInDirectory,
    private readonly actors: ActorLookup,
    private readonly oidc: OidcSignInService,
    private readonly limiter: AttemptLimiter,
    private readonly recorder: SignInRecorder,
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
    const actor = await this.countingFailures(request, 'development', async () => {
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
    await this.recorder.signedIn('development', actor.personId);
  }

  @Get('sign-in')
  async signIn(@Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    if (this.config.mode !== 'oidc') throw new ProviderSignInOffError();
    const { authorizationUrl, attemptSecret } = await this.oidc.begin(returnTo);
    setAttemptCookie(response, this.config.session, attemptSecret);
    response.redirect(302, authorizationUrl);
  }

  /**
   * The provider sends the browser here. A browser cannot read a JSON error after a redirect, so a failed
   * sign-in goes back to the sign-in page with the reason, which the page explains.
   */
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (this.config.mode !== 'oidc') throw new ProviderSignInOffError();
    const attemptSecret = readCookie(request.headers.cookie, ATTEMPT_COOKIE);
    clearAttemptCookie(response, this.config.session);
    const callbackUrl = new URL(request.originalUrl, this.config.oidc!.redirectUri);
    let signedIn: { sessionSecret: string; returnTo: string; personId: string };
    try {
      signedIn = await this.countingFailures(request, 'oidc', () => this.oidc.complete(callbackUrl, attemptSecret, this.currentSecret(request)));
    } catch (error) {
      if (!(error instanceof DomainError)) {
        this.logger.error(`Sign-in callback failed (${currentCorrelationId() ?? 'no correlation id'}): ${(error as Error)?.message}`, (error as Error)?.stack);
      }
      response.redirect(302, signInPage(failureReason(error), error instanceof SignInFailedError ? error.returnTo : null));
      return;
    }
    setSessionCookie(response, this.config.session, signedIn.sessionSecret);
    await this.recorder.signedIn('oidc', signedIn.personId);
    response.redirect(302, signedIn.returnTo);
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

  /**
   * Refuses while the address is blocked; records and counts a failed sign-in; a success leaves the count
   * alone. A refusal while blocked is not recorded: it tried nothing, and an attacker could fill the log.
   */
  private async countingFailures<T>(request: Request, method: SignInMethod, work: () => Promise<T>): Promise<T> {
    const address = request.ip ?? 'unknown';
    await this.limiter.assertAllowed(SIGN_IN_FAILURES, address);
    try {
      return await work();
    } catch (error) {
      const details: Record<string, string> = { address };
      if (error instanceof SignInFailedError && error.providerError) details.providerError = error.providerError;
      await this.recorder.signInFailed(method, failureReason(error), details);
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
