import { UnauthenticatedError } from '@kennis/errors';
import type { SignInFailureReason } from './sign-in-recorder';

/** A refused sign-in: UNAUTHENTICATED with the reason the sign-in page explains. */
export class SignInFailedError extends UnauthenticatedError {
  constructor(
    readonly reason: SignInFailureReason,
    message: string,
    /** Safe to log and record: a provider's error code, never a token. */
    readonly providerError: string | null = null,
  ) {
    super(message);
  }
}
