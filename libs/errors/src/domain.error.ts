/** The kinds of failure a caller can act on. apps/api maps each to a GraphQL extensions.code. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

export interface DomainErrorDetails {
  /** The input field to fix, for BAD_USER_INPUT. */
  field?: string;
  [key: string]: unknown;
}

/** A failure that is the caller's to fix. Its message says what to fix and is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BadUserInput, message, { field });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(ErrorCode.NotFound, `${what} ${id} does not exist.`, { id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.Forbidden, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: DomainErrorDetails = {}) {
    super(ErrorCode.Conflict, message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.Unauthenticated, message);
  }
}

/** Too many attempts in a while: the API answers HTTP 429 with Retry-After; the message says when to try again. */
export class TooManyRequestsError extends DomainError {
  constructor(what: string, retryAfterSeconds: number) {
    super(ErrorCode.TooManyRequests, `Too many ${what}. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`, {
      retryAfterSeconds,
    });
  }
}
