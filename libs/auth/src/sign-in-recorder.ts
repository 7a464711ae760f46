/** How someone signed in: the development page or the company's OpenID provider. */
export type SignInMethod = 'development' | 'oidc';

/**
 * Why a sign-in failed, as the web app's sign-in page explains it (it has a text for each) and as the
 * audit log records it. Never a secret, a token or what the provider said about the person.
 */
export enum SignInFailureReason {
  /** No attempt for this browser: expired, started in another browser, or a replayed callback (bad state). */
  Expired = 'expired',
  /** The person said no at the provider (access_denied, consent_required, login_required). */
  Denied = 'denied',
  /** The provider answered with another error. */
  ProviderError = 'provider-error',
  /** The provider's answer did not verify (state, PKCE, nonce, signature). */
  Unverified = 'unverified',
  /** No usable or verified email address, or another claim Kennis needs. */
  MissingClaims = 'missing-claims',
  /** The email belongs to another provider account. */
  AccountConflict = 'account-conflict',
  Deactivated = 'deactivated',
  /** The development page named no person who can sign in. */
  UnknownPerson = 'unknown-person',
  TooManyAttempts = 'too-many-attempts',
  /** The provider could not be reached, or something broke on our side. */
  Unavailable = 'unavailable',
}

/**
 * Writes sign-ins and failed sign-ins to the audit log. The app wires libs/audit's recorder here; libs/auth
 * cannot import libs/audit, which knows who is an admin through libs/auth.
 */
export abstract class SignInRecorder {
  abstract signedIn(method: SignInMethod, personId: string): Promise<void>;
  abstract signInFailed(method: SignInMethod, reason: SignInFailureReason, details: Record<string, string>): Promise<void>;
}
