import { BadUserInputError, ConflictError, DomainError, ErrorCode, NotFoundError } from '@kennis/errors';
import type { RuleBreak } from '../services/room-rules';

export class RoomNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Room', id);
  }
}

export interface ClashingBooking {
  bookingId: string | null;
  label: string;
  startsAt: Date;
  endsAt: Date;
}

/** Two confirmed bookings of one room would overlap. Names what the room is already booked for, and when. */
export class RoomBookingConflictError extends ConflictError {
  constructor(roomName: string, clash: ClashingBooking) {
    super(
      `Room ${roomName} is already booked for "${clash.label}" from ${clash.startsAt.toISOString()} to ` +
        `${clash.endsAt.toISOString()}. Pick another time or another room (freeRooms lists rooms that are free).`,
      {
        field: 'roomId',
        clashingBookingId: clash.bookingId,
        clashingLabel: clash.label,
        clashingStartsAt: clash.startsAt.toISOString(),
        clashingEndsAt: clash.endsAt.toISOString(),
      },
    );
  }
}

/** Said alike to sessions, meetings booked in Kennis and invites: the seats asked for are what they share. */
export class RoomTooSmallError extends BadUserInputError {
  constructor(roomName: string, roomCapacity: number, seats: number) {
    super('roomId', `Room ${roomName} seats ${roomCapacity}, but ${seats} seats are asked for. Pick a larger room or ask for fewer seats.`);
  }
}

/** A Kennis mailbox belongs to one active room or team: mail to it books or answers that one. */
export class MailboxTakenError extends ConflictError {
  constructor(field: 'resourceMailbox' | 'mailbox', address: string, owner: string) {
    super(`The mailbox ${address} already belongs to ${owner}, and mail to it goes there. Give this one an address of its own.`, { field });
  }
}

export class RoomRetiredError extends BadUserInputError {
  constructor(roomName: string) {
    super('roomId', `Room ${roomName} is retired and cannot be booked. Pick another room.`);
  }
}

export class RoomHasBookingsError extends ConflictError {
  constructor(roomName: string, upcoming: number) {
    super(`Room ${roomName} has ${upcoming} upcoming booking(s). Move or cancel those sessions before retiring it.`);
  }
}

/** A booking the room's rules refuse: BAD_USER_INPUT with the rule's name, the same text a room's DECLINED reply gives. */
export class RoomRuleBrokenError extends DomainError {
  constructor(
    roomName: string,
    readonly broken: RuleBreak,
  ) {
    super(ErrorCode.BadUserInput, `Room ${roomName} refuses this booking. ${broken.message}`, { field: 'startsAt', rule: broken.rule });
  }
}
