import { UnauthenticatedError } from '@kennis/errors';
import type { SignInFailureReason } from './sign-in-recorder';

/** A refused sign-in: UNAUTHENTICATED with the reason the sign-in page explains. */
export class SignInFailedError extends UnauthenticatedError {
  /** The page the person was signing in for, once the attempt is known (checked by safeReturnTo at its start). */
  returnTo: string | null = null;

  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    /** Safe to log and record: a provider's error code, never a token. */
    readonly providerError: string | null = null,
  ) {
    super(message);
  }
}
