import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { SessionStatus } from '../entities/session.entity';

export class SessionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Session', id);
  }
}

export class NotSessionHostError extends ForbiddenError {
  constructor(action: string) {
    super(`Only the session's hosts or an admin can ${action}.`);
  }
}

/** The transition is not allowed from the session's current status. */
export class SessionStateError extends ConflictError {
  constructor(action: string, status: SessionStatus, hint: string) {
    super(`Cannot ${action} a ${status.toLowerCase()} session. ${hint}`, { status });
  }
}

export class AlreadyRegisteredError extends ConflictError {
  constructor() {
    super('You are already registered for this session. Leave it first if you want to join again.');
  }
}

/** Hosts run the session: seats and interest are counts of the colleagues who come. */
export class HostOfSessionError extends ConflictError {
  constructor(action: 'join' | 'show interest in') {
    super(`You host this session, so you cannot ${action} it: hosts have their place already, and seats and interest count the colleagues who come.`);
  }
}

export class NotRegisteredError extends ConflictError {
  constructor() {
    super('You are not registered for this session, so there is nothing to leave.');
  }
}

export class CapacityBelowSeatsError extends BadUserInputError {
  constructor(capacity: number, seated: number) {
    super('capacity', `capacity ${capacity} is below the ${seated} seats already taken. Choose at least ${seated}.`);
  }
}
