import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RoomBookingEntity } from '../entities/room-booking.entity';
import type { RoomRulesEntity } from '../entities/room-rules.entity';
import { RoomEntity } from '../entities/room.entity';
import type { ClashingBooking } from '../errors/rooms.errors';
import { OPEN_ROOM_RULES, type RoomRuleSet } from '../services/room-rules';

/** Parses the existing key of an exclusion violation: `... conflicts with existing key (room_id, period)=(id, ["a","b"))`. */
function clashFromDetail(detail: string | undefined): ClashingBooking | null {
  const match = detail && /existing key \(room_id, period\)=\([^,]+, \["([^"]+)","([^"]+)"\)\)/.exec(detail);
  if (!match) return null;
  return { bookingId: null, label: 'another booking', startsAt: new Date(match[1]), endsAt: new Date(match[2]) };
}

/** What room_book found and did: the room and its rules as read under the room's lock, and the clash or the new booking. */
export interface BookingAttempt {
  outcome: 'NOT_FOUND' | 'REFUSED' | 'CLASH' | 'EXCLUDED' | 'DEADLOCK' | 'BOOKED';
  room: RoomEntity | null;
  /** The room's rules (the open set when it has none). */
  rules: RoomRuleSet;
  clash: ClashingBooking | null;
  bookingId: string | null;
}

/**
 * What a read found about one booking request without booking (session_schedule_clash): the room and
 * its rules as to_jsonb wrote them, and the first confirmed booking that clashes.
 */
export interface RoomClashRow {
  room: RoomRow;
  rules: RoomRulesRow | null;
  clash_id: string;
  clash_label: string;
  clash_starts_at: Date;
  clash_ends_at: Date;
}

/** The room, its rules and the clash of a RoomClashRow. */
export function clashReadOf(row: RoomClashRow): { room: RoomEntity; rules: RoomRuleSet; clash: ClashingBooking } {
  return {
    room: roomOf(row.room),
    rules: rulesOf(row.rules),
    clash: { bookingId: row.clash_id, label: row.clash_label, startsAt: row.clash_starts_at, endsAt: row.clash_ends_at },
  };
}

/** A room_rules row as to_jsonb writes it. */
interface RoomRulesRow {
  bookable_hours: RoomRulesEntity['bookableHours'];
  blackouts: RoomRulesEntity['blackouts'];
  max_booking_minutes: number | null;
  min_notice_minutes: number | null;
  max_days_ahead: number | null;
  recurring_allowed: boolean;
  requires_approval: boolean;
  recurring_conflicts: RoomRulesEntity['recurringConflicts'];
}

export interface RoomRow {
  id: string;
  site: string;
  name: string;
  capacity: number;
  equipment: string[];
  resource_mailbox: string | null;
  active: boolean;
  time_zone: string;
}

function rulesOf(row: RoomRulesRow | null): RoomRuleSet {
  if (!row) return OPEN_ROOM_RULES;
  return {
    bookableHours: row.bookable_hours,
    blackouts: row.blackouts,
    maxBookingMinutes: row.max_booking_minutes,
    minNoticeMinutes: row.min_notice_minutes,
    maxDaysAhead: row.max_days_ahead,
    recurringAllowed: row.recurring_allowed,
    requiresApproval: row.requires_approval,
    recurringConflicts: row.recurring_conflicts,
  };
}

function roomOf(row: RoomRow): RoomEntity {
  return Object.assign(new RoomEntity(), {
    id: row.id,
    site: row.site,
    name: row.name,
    capacity: row.capacity,
    equipment: row.equipment,
    resourceMailbox: row.resource_mailbox,
    active: row.active,
    timeZone: row.time_zone,
  });
}

/** One confirmed booking in a site's schedule. */
export interface SiteBooking {
  id: string;
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  /** What the room is booked for: a session's title or a meeting's subject. */
  label: string;
  /** Who booked it for a meeting of their own; null for a session's room or an organizer outside Kennis. */
  bookedByName: string | null;
}

@Injectable()
export class RoomBookingRepository {
  constructor(@InjectRepository(RoomBookingEntity) private readonly bookings: Repository<RoomBookingEntity>) {}

  async findRoomOfBooking(bookingId: string): Promise<RoomEntity | null> {
    const booking = await this.bookings.findOne({ where: { id: bookingId }, relations: { room: true } });
    return booking?.room ?? null;
  }

  async findRoomOfBookingInTransaction(manager: EntityManager, bookingId: string): Promise<RoomEntity | null> {
    const booking = await manager.getRepository(RoomBookingEntity).findOne({ where: { id: bookingId }, relations: { room: true } });
    return booking?.room ?? null;
  }

  /**
   * Locks the room row for the rest of the transaction. Every booking of a room takes this lock first,
   * so clashing requests queue here and get a clean answer instead of racing to the constraint.
   */
  async lockRoom(manager: EntityManager, roomId: string): Promise<RoomEntity | null> {
    return manager.getRepository(RoomEntity).findOne({ where: { id: roomId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * One booking attempt in one statement (room_book): the room's lock, the room and its rules, the
   * clash check and the insert. Only a booking that was made keeps the room's lock for the rest of the
   * transaction; an attempt that booked nothing gave it back inside the database.
   */
  async attempt(manager: EntityManager, roomId: string, startsAt: Date, endsAt: Date, seats: number, label: string, bookedById: string | null): Promise<BookingAttempt> {
    const rows: {
      outcome: BookingAttempt['outcome'];
      booking_id: string | null;
      room: RoomRow | null;
      rules: RoomRulesRow | null;
      clash_id: string | null;
      clash_label: string | null;
      clash_starts_at: Date | null;
      clash_ends_at: Date | null;
      conflict_detail: string | null;
    }[] = await manager.query(`SELECT * FROM room_book($1, $2, $3, $4, $5, $6)`, [roomId, startsAt, endsAt, seats, label, bookedById]);
    const row = rows[0];
    const room = row.room ? roomOf(row.room) : null;
    let clash: ClashingBooking | null = null;
    if (row.outcome === 'CLASH') clash = { bookingId: row.clash_id, label: row.clash_label!, startsAt: row.clash_starts_at!, endsAt: row.clash_ends_at! };
    // An insert that got past the lock and met room_booking_no_overlap: the clash its detail names.
    if (row.outcome === 'EXCLUDED') clash = clashFromDetail(row.conflict_detail ?? undefined) ?? { bookingId: null, label: 'another booking', startsAt, endsAt };
    return { outcome: row.outcome, room, rules: rulesOf(row.rules), clash, bookingId: row.booking_id };
  }

  /** Takes back a booking this transaction just made (its room's rules refuse it): as if it had never been inserted. */
  async deleteUncommitted(manager: EntityManager, bookingId: string): Promise<void> {
    await manager.query(`DELETE FROM room_booking WHERE id = $1`, [bookingId]);
  }

  async release(manager: EntityManager, bookingId: string): Promise<void> {
    await manager.query(`UPDATE room_booking SET status = 'RELEASED' WHERE id = $1`, [bookingId]);
  }

  async relabel(manager: EntityManager, bookingId: string, label: string): Promise<void> {
    await manager.query(`UPDATE room_booking SET label = $2 WHERE id = $1`, [bookingId, label]);
  }

  async countUpcoming(manager: EntityManager, roomId: string, now: Date): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED' AND upper(period) > $2`,
      [roomId, now],
    );
    return Number(rows[0].count);
  }

  /** Confirmed bookings of a room overlapping [from, to), in time order: for finding free times near a clash. */
  async findBusy(roomId: string, from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await this.bookings.query(
      `SELECT lower(period) AS starts_at, upper(period) AS ends_at FROM room_booking
       WHERE room_id = $1 AND status = 'CONFIRMED' AND period && tstzrange($2, $3, '[)') ORDER BY lower(period)`,
      [roomId, from, to],
    );
    return rows.map((row) => ({ startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  /** Confirmed bookings these people made for themselves that overlap [from, to). */
  async findBookedBy(manager: EntityManager, personIds: readonly string[], from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT lower(period) AS starts_at, upper(period) AS ends_at FROM room_booking
       WHERE booked_by_id = ANY($1::uuid[]) AND status = 'CONFIRMED' AND period && tstzrange($2, $3, '[)') ORDER BY lower(period)`,
      [personIds, from, to],
    );
    return rows.map((row) => ({ startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  /** Confirmed bookings of a site's active rooms overlapping [from, to), in room and time order: the site's day. */
  async findOfSite(site: string, from: Date, to: Date): Promise<SiteBooking[]> {
    const rows: { id: string; room_id: string; starts_at: Date; ends_at: Date; label: string; booked_by_name: string | null }[] =
      await this.bookings.query(
        `SELECT booking.id, booking.room_id, lower(booking.period) AS starts_at, upper(booking.period) AS ends_at,
                booking.label, person.name AS booked_by_name
         FROM room_booking booking
         JOIN room ON room.id = booking.room_id
         LEFT JOIN person ON person.id = booking.booked_by_id
         WHERE room.site = $1 AND room.active AND booking.status = 'CONFIRMED' AND booking.period && tstzrange($2, $3, '[)')
         ORDER BY booking.room_id, lower(booking.period)`,
        [site, from, to],
      );
    return rows.map((row) => ({
      id: row.id,
      roomId: row.room_id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      label: row.label,
      bookedByName: row.booked_by_name,
    }));
  }
}
