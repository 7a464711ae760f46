import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import type { HttpRequest as Request, HttpResponse as Response } from './http-types';
import { type AuthMode, authConfig } from '@kennis/config';
import { BadUserInputError, DomainError, ErrorCode } from '@kennis/errors';
import { ActorLookup } from '../actor';
import { isPersonId } from '../person-id';
import { SignInSessionService } from '../sessions/sign-in-session.service';
import { type SignInCandidate, SignInDirectory } from '../sign-in-directory';
import { AuthHttpExceptionFilter } from './auth-http-exception.filter';
import { clearSessionCookie, readCookie, setSessionCookie } from './session-cookie';

class DevelopmentSignInOffError extends DomainError {
  constructor() {
    super(ErrorCode.NotFound, 'Development sign-in is off (AUTH_MODE is oidc): sign in at GET /auth/sign-in.');
  }
}

/** The browser's way in: sign-in options, development sign-in and sign-out (see the README, Security). */
@Controller('auth')
@UseFilters(AuthHttpExceptionFilter)
export class AuthController {
  constructor(
    private readonly sessions: SignInSessionService,
    private readonly directory: SignInDirectory,
    private readonly actors: ActorLookup,
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
    const personId = (body as { personId?: unknown } | null)?.personId;
    if (!isPersonId(personId)) {
      throw new BadUserInputError('personId', 'personId must be the id of a person from GET /auth/dev/people.');
    }
    const actor = await this.actors.findActor(personId);
    if (!actor) throw new BadUserInputError('personId', `There is no person with id ${personId} who can sign in.`);
    const secret = await this.sessions.start(actor.personId, this.currentSecret(request));
    setSessionCookie(response, this.config.session, secret);
  }

  @Post('sign-out')
  @HttpCode(200)
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<{ redirectTo: string }> {
    const secret = this.currentSecret(request);
    if (secret) await this.sessions.end(secret);
    clearSessionCookie(response, this.config.session);
    return { redirectTo: '/' };
  }

  private currentSecret(request: Request): string | null {
    return readCookie(request.headers.cookie, this.config.session.cookieName);
  }

  private requireDevelopment(): void {
    if (this.config.mode !== 'development') throw new DevelopmentSignInOffError();
  }
}
