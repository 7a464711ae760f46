import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { createRoom, createTestDatabase, type TestDatabase, useTestEnvironment, waitUntil } from '@kennis/testing';
import { RoomBookingConflictError, RoomRuleBrokenError } from './errors/rooms.errors';
import { RoomsModule } from './rooms.module';
import { RoomBookingService } from './services/room-booking.service';

const HOUR = 3_600_000;

/**
 * room_book holds the room's lock only when it books: a request that loses gives the lock back inside
 * the database, while its own transaction is still open, so the next one in the queue does not wait
 * for a round trip to the API and a ROLLBACK.
 */
describe('room bookings and the room lock (real PostgreSQL)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let bookings: RoomBookingService;
  const open: QueryRunner[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    useTestEnvironment(database.url, { DATABASE_POOL_SIZE: '6' });
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'room-booking-spec' }), RoomsModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    bookings = moduleRef.get(RoomBookingService);
  });

  afterEach(async () => {
    for (const runner of open.splice(0)) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  async function transaction(): Promise<QueryRunner> {
    const runner = dataSource.createQueryRunner();
    open.push(runner);
    await runner.connect();
    await runner.startTransaction();
    return runner;
  }

  /** Whether another transaction could take the room's lock right now (NOWAIT: refused at once if held). */
  async function roomLockIsFree(roomId: string): Promise<boolean> {
    const probe = await transaction();
    try {
      await probe.query(`SELECT id FROM room WHERE id = $1 FOR UPDATE NOWAIT`, [roomId]);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '55P03') return false;
      throw error;
    } finally {
      await probe.rollbackTransaction();
    }
  }

  const request = (roomId: string, startsAt: Date, minutes = 60, label = 'Planning') => ({
    roomId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes * 60_000),
    seats: 4,
    label,
    now: new Date(),
  });

  it('makes a loser wait for the booking in flight, names it, and frees the lock while the loser is still open', async () => {
    const room = await createRoom(dataSource, { capacity: 10 });
    const at = new Date(Date.now() + 48 * HOUR);
    const winner = await transaction();
    const booked = await bookings.book(winner.manager, request(room.id, at, 60, 'Winner'));
    expect(await roomLockIsFree(room.id)).toBe(false);

    const loser = await transaction();
    const losing = bookings.book(loser.manager, request(room.id, new Date(at.getTime() + 30 * 60_000), 60, 'Loser')).catch((error: unknown) => error);
    await waitUntil('the loser waits for the room lock', async () => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return row.waiting > 0;
    });
    await winner.commitTransaction();

    const error = await losing;
    expect(error).toBeInstanceOf(RoomBookingConflictError);
    expect((error as RoomBookingConflictError).message).toContain(`is already booked for "Winner" from ${at.toISOString()}`);
    expect((error as RoomBookingConflictError).details).toMatchObject({ clashingBookingId: booked.bookingId, clashingLabel: 'Winner' });
    // The loser's transaction is still open, and yet the room's lock is free again.
    expect(loser.isTransactionActive).toBe(true);
    expect(await roomLockIsFree(room.id)).toBe(true);
  });

  it('keeps the lock a transaction already held when its second booking of the room clashes', async () => {
    const room = await createRoom(dataSource, { capacity: 10 });
    const at = new Date(Date.now() + 72 * HOUR);
    const runner = await transaction();
    await bookings.book(runner.manager, request(room.id, at));
    await expect(bookings.book(runner.manager, request(room.id, new Date(at.getTime() + 15 * 60_000)))).rejects.toBeInstanceOf(RoomBookingConflictError);
    expect(await roomLockIsFree(room.id)).toBe(false);
    // The transaction goes on: a later slot of the same room is booked in it.
    const later = await bookings.book(runner.manager, request(room.id, new Date(at.getTime() + 2 * HOUR)));
    await runner.commitTransaction();
    const rows = await dataSource.query(`SELECT id FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED'`, [room.id]);
    expect(rows).toHaveLength(2);
    expect(rows.map((row: { id: string }) => row.id)).toContain(later.bookingId);
  });

  it('leaves no booking in the transaction when the room rules refuse it, and the transaction goes on', async () => {
    const room = await createRoom(dataSource, { capacity: 10 });
    await dataSource.query(`INSERT INTO room_rules (room_id, bookable_hours, blackouts, max_booking_minutes) VALUES ($1, '[]', '[]', 30)`, [room.id]);
    const at = new Date(Date.now() + 96 * HOUR);
    const runner = await transaction();
    const error = await bookings.book(runner.manager, request(room.id, at, 60)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RoomRuleBrokenError);
    expect(await runner.query(`SELECT count(*)::int AS count FROM room_booking WHERE room_id = $1`, [room.id])).toEqual([{ count: 0 }]);
    const allowed = await bookings.book(runner.manager, request(room.id, at, 30));
    expect(allowed.rules.maxBookingMinutes).toBe(30);
    await runner.commitTransaction();
    expect(await dataSource.query(`SELECT count(*)::int AS count FROM room_booking WHERE room_id = $1`, [room.id])).toEqual([{ count: 1 }]);
  });

  it('refuses a retired room and one too small before looking at clashes, holding no lock', async () => {
    const small = await createRoom(dataSource, { capacity: 2 });
    const runner = await transaction();
    await expect(bookings.book(runner.manager, request(small.id, new Date(Date.now() + 120 * HOUR)))).rejects.toThrow(
      `Room ${small.name} seats 2, but 4 seats are asked for. Pick a larger room or ask for fewer seats.`,
    );
    expect(await roomLockIsFree(small.id)).toBe(true);
    await dataSource.query(`UPDATE room SET active = false WHERE id = $1`, [small.id]);
    await expect(bookings.book(runner.manager, { ...request(small.id, new Date(Date.now() + 120 * HOUR)), seats: 1 })).rejects.toThrow('is retired');
  });
});
