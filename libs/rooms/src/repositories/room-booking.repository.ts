import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import { asPostgresError, PostgresErrorCode } from '@kennis/database';
import { RoomBookingEntity } from '../entities/room-booking.entity';
import { RoomEntity } from '../entities/room.entity';
import { type ClashingBooking, RoomBookingConflictError } from '../errors/rooms.errors';

interface ClashRow {
  id: string;
  label: string;
  starts_at: Date;
  ends_at: Date;
}

/** Parses the existing key of an exclusion violation: `... conflicts with existing key (room_id, period)=(id, ["a","b"))`. */
function clashFromDetail(detail: string | undefined): ClashingBooking | null {
  const match = detail && /existing key \(room_id, period\)=\([^,]+, \["([^"]+)","([^"]+)"\)\)/.exec(detail);
  if (!match) return null;
  return { bookingId: null, label: 'another booking', startsAt: new Date(match[1]), endsAt: new Date(match[2]) };
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

  async findClash(manager: EntityManager, roomId: string, startsAt: Date, endsAt: Date): Promise<ClashingBooking | null> {
    const rows: ClashRow[] = await manager.query(
      `SELECT id, label, lower(period) AS starts_at, upper(period) AS ends_at FROM room_booking
       WHERE room_id = $1 AND status = 'CONFIRMED' AND period && tstzrange($2, $3, '[)')
       ORDER BY lower(period) LIMIT 1`,
      [roomId, startsAt, endsAt],
    );
    const row = rows[0];
    return row ? { bookingId: row.id, label: row.label, startsAt: row.starts_at, endsAt: row.ends_at } : null;
  }

  /** Inserts a confirmed booking; room_booking_no_overlap turns any clash that got past the lock into a conflict. */
  async insertConfirmed(
    manager: EntityManager,
    room: RoomEntity,
    startsAt: Date,
    endsAt: Date,
    label: string,
    bookedById: string | null = null,
  ): Promise<string> {
    try {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO room_booking (room_id, period, label, booked_by_id) VALUES ($1, tstzrange($2, $3, '[)'), $4, $5) RETURNING id`,
        [room.id, startsAt, endsAt, label, bookedById],
      );
      return rows[0].id;
    } catch (error) {
      const pgError = asPostgresError(error);
      if (pgError?.code === PostgresErrorCode.ExclusionViolation && pgError.constraint === 'room_booking_no_overlap') {
        const clash = clashFromDetail(pgError.detail) ?? { bookingId: null, label: 'another booking', startsAt, endsAt };
        throw new RoomBookingConflictError(room.name, clash);
      }
      if (pgError?.code === PostgresErrorCode.DeadlockDetected) {
        throw new ConflictError(`Room ${room.name} was being booked by someone else at the same moment. Try again.`);
      }
      throw error;
    }
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
