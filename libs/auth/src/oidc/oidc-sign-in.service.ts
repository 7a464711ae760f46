import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import * as client from 'openid-client';
import { authConfig, type OidcConfig } from '@kennis/config';
import { BadUserInputError } from '@kennis/errors';
import { Role } from '../role';
import { SignInFailedError } from '../sign-in-failed.error';
import { SignInFailureReason } from '../sign-in-recorder';
import { SignInSessionService } from '../sessions/sign-in-session.service';
import { type ProviderIdentity, SignInDirectory } from '../sign-in-directory';
import { OidcProviderClient } from './oidc-provider.client';
import { type PendingAttempt, SignInAttemptRepository } from './sign-in-attempt.repository';

/** Time a person has at the provider's sign-in page. */
const ATTEMPT_LIFETIME_SECONDS = 10 * 60;
const ROLES = new Set<string>(Object.values(Role));
/** Provider errors (OpenID Connect Core 3.1.2.6) that mean the person did not let Kennis in. */
const DENIED = new Set(['access_denied', 'consent_required', 'interaction_required', 'login_required', 'account_selection_required']);

function hash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Only a path on our own origin: "//evil.example" and "/\\evil.example" are other origins to a browser. */
export function safeReturnTo(value: unknown): string {
  if (value === undefined || value === null || value === '') return '/';
  if (typeof value !== 'string' || !/^\/(?![/\\])[\x21-\x7e]*$/.test(value) || value.length > 2000) {
    throw new BadUserInputError('returnTo', 'returnTo must be a path on this site, such as /sessions/123.');
  }
  return value;
}

function text(claims: Record<string, unknown>, name: string, max: number): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
}

/** The browser's sign-in at the company's OpenID provider: authorization code + PKCE, state and nonce. */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly provider: OidcProviderClient,
    private readonly attempts: SignInAttemptRepository,
    private readonly sessions: SignInSessionService,
    private readonly directory: SignInDirectory,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** Where to send the browser, and the secret of the cookie that binds the callback to this browser. */
  async begin(returnTo: unknown): Promise<{ authorizationUrl: string; attemptSecret: string }> {
    const target = safeReturnTo(returnTo);
    const configuration = await this.provider.configuration();
    const settings = this.provider.settings;
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const attemptSecret = randomBytes(32).toString('base64url');
    await this.attempts.insert(hash(attemptSecret), { state, nonce, codeVerifier, returnTo: target }, ATTEMPT_LIFETIME_SECONDS);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, attemptSecret };
  }

  /** Checks the provider's answer, finds or creates the person, and starts a new session (a new id). */
  async complete(
    callbackUrl: URL,
    attemptSecret: string | null,
    previousSession: string | null,
  ): Promise<{ sessionSecret: string; returnTo: string; personId: string }> {
    const attempt = attemptSecret ? await this.attempts.take(hash(attemptSecret)) : null;
    if (!attempt) throw new SignInFailedError(SignInFailureReason.Expired, 'This sign-in has expired or was started in another browser. Sign in again.');
    try {
      return await this.completeAttempt(callbackUrl, attempt, previousSession);
    } catch (error) {
      // The sign-in page offers to try again towards the page the person was going to.
      if (error instanceof SignInFailedError) error.returnTo = attempt.returnTo;
      throw error;
    }
  }

  private async completeAttempt(
    callbackUrl: URL,
    attempt: PendingAttempt,
    previousSession: string | null,
  ): Promise<{ sessionSecret: string; returnTo: string; personId: string }> {
    const configuration = await this.provider.configuration();
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) {
      const code = /^[\x20-\x7e]{1,100}$/.test(providerError) ? providerError : 'unreadable';
      throw new SignInFailedError(
        DENIED.has(code) ? SignInFailureReason.Denied : SignInFailureReason.ProviderError,
        `The identity provider did not sign you in (${code}). Sign in again.`,
        code,
      );
    }
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      this.logger.warn(`Sign-in callback refused: ${(error as Error).message}`);
      throw new SignInFailedError(SignInFailureReason.Unverified, 'The answer from the identity provider could not be verified. Sign in again.');
    }
    const idClaims = tokens.claims() as Record<string, unknown> | undefined;
    if (!idClaims) throw new SignInFailedError(SignInFailureReason.Unverified, 'The identity provider sent no ID token. Sign in again.');
    let claims: Record<string, unknown> = { ...idClaims };
    if (configuration.serverMetadata().userinfo_endpoint) {
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, String(idClaims.sub));
      claims = { ...claims, ...userInfo };
    }
    const actor = await this.directory.signInFromProvider(this.identityFrom(claims));
    if (!actor) throw new SignInFailedError(SignInFailureReason.Deactivated, 'Your Kennis account is deactivated. Ask an admin if that is a mistake.');
    const sessionSecret = await this.sessions.start(actor.personId, previousSession, tokens.id_token ?? null);
    return { sessionSecret, returnTo: attempt.returnTo, personId: actor.personId };
  }

  /** The provider's end-session URL when it has one (RP-initiated logout), else our own start page. */
  async signOutUrl(idToken: string | null): Promise<string> {
    const configuration = await this.provider.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return '/';
    const parameters: Record<string, string> = { post_logout_redirect_uri: this.provider.settings.postSignOutRedirectUri, client_id: this.provider.settings.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return client.buildEndSessionUrl(configuration, parameters).href;
  }

  private identityFrom(claims: Record<string, unknown>): ProviderIdentity {
    const settings: OidcConfig = this.provider.settings;
    const names = settings.claims;
    const externalId = text(claims, names.subject, 200);
    if (!externalId) throw new SignInFailedError(SignInFailureReason.MissingClaims, `The identity provider sent no ${names.subject} claim.`);
    const email = text(claims, names.email, 254)?.toLowerCase() ?? null;
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw new SignInFailedError(
        SignInFailureReason.MissingClaims,
        `The identity provider sent no email address (${names.email} claim); Kennis needs one to know you.`,
      );
    }
    if (settings.requireVerifiedEmail && claims.email_verified !== true) {
      throw new SignInFailedError(
        SignInFailureReason.MissingClaims,
        'The identity provider has not verified your email address, so Kennis cannot trust it yet.',
      );
    }
    const locale = text(claims, 'locale', 20);
    return {
      externalId,
      email,
      name: text(claims, names.name, 200),
      department: text(claims, names.department, 100),
      site: text(claims, names.site, 100),
      jobTitle: text(claims, names.jobTitle, 150),
      managerEmail: text(claims, names.managerEmail, 254)?.toLowerCase() ?? null,
      roles: names.roles ? this.mapRoles(claims[names.roles], settings.roleMap) : null,
      grantAdmin: this.config.adminEmails.includes(email),
      language: locale ? (locale.toLowerCase().startsWith('nl') ? 'nl' : 'en') : null,
      timeZone: text(claims, 'zoneinfo', 64),
    };
  }

  private mapRoles(value: unknown, roleMap: Record<string, string>): Role[] {
    const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
    const roles = new Set<Role>([Role.EMPLOYEE]);
    for (const item of values) {
      const role = typeof item === 'string' ? roleMap[item] : undefined;
      if (role && ROLES.has(role)) roles.add(role as Role);
    }
    return [...roles];
  }
}
