import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import { RoomEntity } from '../entities/room.entity';
import { RoomBookingConflictError, RoomNotFoundError, RoomRetiredError, RoomRuleBrokenError, RoomTooSmallError } from '../errors/rooms.errors';
import { clashReadOf, RoomBookingRepository, type RoomClashRow } from '../repositories/room-booking.repository';
import { RoomRulesRepository } from '../repositories/room-rules.repository';
import { RoomRepository } from '../repositories/room.repository';
import { evaluateRoomRules, type RoomRuleSet } from './room-rules';

export interface BookingRequest {
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
  label: string;
  /** The person booking a room for a meeting of their own; their other plans then avoid it. */
  bookedById?: string | null;
  /** When the booking is made (the caller's Clock), for minimum notice and the booking window. */
  now: Date;
  /** One occurrence of a recurring meeting. */
  recurring?: boolean;
}

export interface Booking {
  bookingId: string;
  room: RoomEntity;
  /** The room's rules, so the caller sees whether a facility manager must approve. */
  rules: RoomRuleSet;
}

/** Books and releases rooms inside the caller's transaction, so a booking and what it is for commit together. */
@Injectable()
export class RoomBookingService {
  constructor(
    private readonly bookings: RoomBookingRepository,
    private readonly rules: RoomRulesRepository,
    private readonly rooms: RoomRepository,
  ) {}

  /** The room a booking is for, for other libraries that keep a booking id. */
  findRoomOfBooking(bookingId: string): Promise<RoomEntity | null> {
    return this.bookings.findRoomOfBooking(bookingId);
  }

  /** The same, inside a transaction: it sees a booking that transaction made and has not committed yet. */
  findRoomOfBookingInTransaction(manager: EntityManager, bookingId: string): Promise<RoomEntity | null> {
    return this.bookings.findRoomOfBookingInTransaction(manager, bookingId);
  }

  /**
   * The one booking path (sessions, invites, mentoring meetings, bookRoom): the room's lock, its state
   * and size, its rules (in its time zone), then the clash check and room_booking_no_overlap. The lock,
   * the reads, the clash check and the insert are one statement (room_book), which keeps the lock only
   * when it booked: a request that loses a race gives the lock back inside the database rather than
   * after a round trip here. The refusals come in the same order as the checks, whatever room_book did.
   */
  async book(manager: EntityManager, request: BookingRequest): Promise<Booking> {
    const attempt = await this.bookings.attempt(manager, request.roomId, request.startsAt, request.endsAt, request.seats, request.label, request.bookedById ?? null);
    const room = attempt.room;
    if (!room) throw new RoomNotFoundError(request.roomId);
    if (!room.active) throw new RoomRetiredError(room.name);
    if (request.seats > room.capacity) throw new RoomTooSmallError(room.name, room.capacity, request.seats);
    const rules = attempt.rules;
    const broken = evaluateRoomRules(rules, room.timeZone, request, { now: request.now, recurring: request.recurring ?? false });
    if (broken) {
      // Refused by the rules after all: the booking room_book made must not stay in the caller's transaction.
      if (attempt.bookingId) await this.bookings.deleteUncommitted(manager, attempt.bookingId);
      throw new RoomRuleBrokenError(room.name, broken);
    }
    if (attempt.outcome === 'DEADLOCK') throw new ConflictError(`Room ${room.name} was being booked by someone else at the same moment. Try again.`);
    if (attempt.clash) throw new RoomBookingConflictError(room.name, attempt.clash);
    return { bookingId: attempt.bookingId!, room, rules };
  }

  /**
   * The CONFLICT that book() would answer this request with, from a read that found an active room
   * large enough and a clashing booking (RoomClashRow), so that a request that lost a race need not
   * open a transaction to hear it. Null when book() would answer something else first (the room's
   * rules refuse the time): then only book() decides.
   */
  conflictFromRead(request: BookingRequest, row: RoomClashRow): RoomBookingConflictError | null {
    const { room, rules, clash } = clashReadOf(row);
    if (evaluateRoomRules(rules, room.timeZone, request, { now: request.now, recurring: request.recurring ?? false })) return null;
    return new RoomBookingConflictError(room.name, clash);
  }

  /** Holds the room's lock for the rest of the transaction, as every booking of it does first. */
  async lockRoom(manager: EntityManager, roomId: string): Promise<RoomEntity> {
    const room = await this.bookings.lockRoom(manager, roomId);
    if (!room) throw new RoomNotFoundError(roomId);
    return room;
  }

  /** The booked room must still seat `seats` (when a session's capacity grows). */
  async assertSeats(manager: EntityManager, roomId: string, seats: number): Promise<void> {
    const room = await this.bookings.lockRoom(manager, roomId);
    if (!room) throw new RoomNotFoundError(roomId);
    if (seats > room.capacity) throw new RoomTooSmallError(room.name, room.capacity, seats);
  }

  /** When these people have a room booked for meetings of their own, in [from, to). */
  findBookedBy(manager: EntityManager, personIds: readonly string[], from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    return this.bookings.findBookedBy(manager, personIds, from, to);
  }

  /** The room's rules (the open set when none were set). */
  rulesOf(manager: EntityManager, roomId: string): Promise<RoomRuleSet> {
    return this.rules.findForRoom(manager, roomId);
  }

  release(manager: EntityManager, bookingId: string): Promise<void> {
    return this.bookings.release(manager, bookingId);
  }

  relabel(manager: EntityManager, bookingId: string, label: string): Promise<void> {
    return this.bookings.relabel(manager, bookingId, label);
  }

  /**
   * Up to `count` free slots of the same length in the room, nearest to the asked start first, on a
   * half-hour grid within a week either way, never before `notBefore` (the clock), and allowed by the room's rules.
   */
  async nearestFreeTimes(roomId: string, startsAt: Date, endsAt: Date, count: number, notBefore: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const room = await this.rooms.findById(roomId);
    if (!room) return [];
    const rules = (await this.rules.findForRooms([roomId])).get(roomId)!;
    const length = endsAt.getTime() - startsAt.getTime();
    const step = 30 * 60_000;
    const span = 7 * 24 * 3600_000;
    const busy = await this.bookings.findBusy(roomId, new Date(startsAt.getTime() - span), new Date(endsAt.getTime() + span));
    const free = (start: number) =>
      start >= notBefore.getTime() &&
      !busy.some((booking) => booking.startsAt.getTime() < start + length && booking.endsAt.getTime() > start) &&
      evaluateRoomRules(rules, room.timeZone, { startsAt: new Date(start), endsAt: new Date(start + length) }, { now: notBefore, recurring: false }) === null;
    const found: { startsAt: Date; endsAt: Date }[] = [];
    for (let distance = step; distance <= span && found.length < count; distance += step) {
      for (const start of [startsAt.getTime() + distance, startsAt.getTime() - distance]) {
        if (found.length < count && free(start)) found.push({ startsAt: new Date(start), endsAt: new Date(start + length) });
      }
    }
    return found.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
}
