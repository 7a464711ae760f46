import { ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { MatchStatus } from '../entities/mentor-match.entity';
import { RoundStatus } from '../entities/mentoring-round.entity';

export class RoundNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Mentoring round', id);
  }
}

export class MatchNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Mentor match', id);
  }
}

export class NotAdminError extends ForbiddenError {
  constructor(action: string) {
    super(`Only an admin can ${action}.`);
  }
}

export class NotTheMentorError extends ForbiddenError {
  constructor(action: string) {
    super(`Only the proposed mentor can ${action} this match.`);
  }
}

/** The transition is not allowed from the round's current status. */
export class RoundStateError extends ConflictError {
  constructor(action: string, status: RoundStatus, hint: string) {
    super(`Cannot ${action} a round that is ${status.toLowerCase()}. ${hint}`, { status });
  }
}

export class MatchStateError extends ConflictError {
  constructor(action: string, status: MatchStatus, hint = 'only a proposed match can be answered.') {
    super(`Cannot ${action} a match that is ${status.toLowerCase()}; ${hint}`, { status });
  }
}

export class MatchResponseOverdueError extends ConflictError {
  constructor(respondBy: Date) {
    super(`The answer was due by ${respondBy.toISOString()}; the proposal counts as declined.`);
  }
}

export class AlreadyRequestedError extends ConflictError {
  constructor() {
    super('You already asked for a mentor in this round.');
  }
}

export class NotInRoundError extends ForbiddenError {
  constructor(reason: string) {
    super(`You cannot take part in this round: ${reason}.`);
  }
}

export class NoMentorProfileError extends NotFoundError {
  constructor(personId: string) {
    super('Mentor profile of person', personId);
  }
}

export class PairRuleConflictError extends ConflictError {
  constructor(message: string) {
    super(message);
  }
}

/** Requests can change only while the round takes them. */
export class RequestsClosedError extends ConflictError {
  constructor(reason: string) {
    super(`The round no longer takes requests or changes to them: ${reason}.`);
  }
}

export class NoRequestError extends NotFoundError {
  constructor(roundId: string) {
    super('Your mentee request in round', roundId);
  }
}

/** A moved first meeting would sit on top of something already in one of their calendars. */
export class MeetingClashError extends ConflictError {
  constructor(startsAt: Date, endsAt: Date) {
    super(
      `One of you is busy from ${startsAt.toISOString()} to ${endsAt.toISOString()} (a session, another mentoring meeting or a room booking); pick another time.`,
      { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
    );
  }
}

export class FeedbackGivenError extends ConflictError {
  constructor() {
    super('You already gave feedback on this match; feedback is given once.');
  }
}

export class RoundNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`There is already a round named ${name}. Give this one a name of its own, with its season or year for instance.`, { field: 'name' });
  }
}
