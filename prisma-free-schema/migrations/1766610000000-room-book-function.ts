import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * room_book: one booking attempt in one statement. It takes the room's row lock, reads the room and its
 * rules, looks for a clashing confirmed booking and inserts the new one, the same steps in the same
 * order as RoomBookingService.book did in four round trips. The attempt runs in a block of its own (a
 * subtransaction): when it books nothing (no such room, retired, too small, a clash) it leaves that
 * block by an exception of its own, which gives the room's lock back at once. So the 99 losers of a
 * 100-way race each hold the lock only inside the database, for the clash lookup, instead of across a
 * round trip to the API and its ROLLBACK. They still queue on the lock behind a booking in flight, so
 * each sees the booking that beat it, committed, and names it. A booking that is made keeps the lock
 * until the caller's transaction ends, as before; room_booking_no_overlap still refuses any overlap.
 * A lock the caller's transaction already held (a second booking of the same room) stays held: it
 * belongs to the outer transaction, not to the block. The room's rules are evaluated by the caller
 * (in the room's time zone), which deletes the booking again when they refuse it. An insert that
 * room_booking_no_overlap refuses (EXCLUDED, with the constraint's detail) or that deadlocks
 * (DEADLOCK) is answered, not raised, so the caller can name the room in its CONFLICT.
 */
export class RoomBookFunction1766610000000 implements MigrationInterface {
  name = 'RoomBookFunction1766610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION room_book(
        p_room_id uuid, p_starts_at timestamptz, p_ends_at timestamptz, p_seats integer, p_label varchar, p_booked_by_id uuid
      ) RETURNS TABLE (
        outcome text, booking_id uuid, room jsonb, rules jsonb,
        clash_id uuid, clash_label varchar, clash_starts_at timestamptz, clash_ends_at timestamptz, conflict_detail text
      ) LANGUAGE plpgsql AS $$
      DECLARE
        r room%ROWTYPE;
        rr room_rules%ROWTYPE;
        c_id uuid;
        c_label varchar;
        c_starts_at timestamptz;
        c_ends_at timestamptz;
        v_outcome text;
        v_booking_id uuid;
        v_constraint text;
        v_detail text;
      BEGIN
        BEGIN
          SELECT * INTO r FROM room WHERE id = p_room_id FOR UPDATE;
          IF NOT FOUND THEN
            v_outcome := 'NOT_FOUND';
            RAISE EXCEPTION USING ERRCODE = 'KNRB1';
          END IF;
          SELECT * INTO rr FROM room_rules WHERE room_id = p_room_id;
          IF NOT r.active OR p_seats > r.capacity THEN
            v_outcome := 'REFUSED';
            RAISE EXCEPTION USING ERRCODE = 'KNRB1';
          END IF;
          SELECT b.id, b.label, lower(b.period), upper(b.period) INTO c_id, c_label, c_starts_at, c_ends_at
          FROM room_booking b
          WHERE b.room_id = p_room_id AND b.status = 'CONFIRMED' AND b.period && tstzrange(p_starts_at, p_ends_at, '[)')
          ORDER BY lower(b.period) LIMIT 1;
          IF FOUND THEN
            v_outcome := 'CLASH';
            RAISE EXCEPTION USING ERRCODE = 'KNRB1';
          END IF;
          v_outcome := 'INSERTING';
          INSERT INTO room_booking (room_id, period, label, booked_by_id)
          VALUES (p_room_id, tstzrange(p_starts_at, p_ends_at, '[)'), p_label, p_booked_by_id)
          RETURNING room_booking.id INTO v_booking_id;
          v_outcome := 'BOOKED';
        EXCEPTION
          WHEN SQLSTATE 'KNRB1' THEN
            -- Booked nothing: the block's row lock is released; the values read stay in the variables.
            NULL;
          WHEN exclusion_violation THEN
            GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME, v_detail = PG_EXCEPTION_DETAIL;
            IF v_constraint IS DISTINCT FROM 'room_booking_no_overlap' THEN RAISE; END IF;
            v_outcome := 'EXCLUDED';
          WHEN deadlock_detected THEN
            -- Only the insert's wait is answered as a conflict with the room's name, as before; a
            -- deadlock on the room's lock itself stays the error it is.
            IF v_outcome IS DISTINCT FROM 'INSERTING' THEN RAISE; END IF;
            v_outcome := 'DEADLOCK';
        END;
        RETURN QUERY SELECT v_outcome, v_booking_id,
          CASE WHEN r.id IS NULL THEN NULL ELSE to_jsonb(r) END,
          CASE WHEN rr.room_id IS NULL THEN NULL ELSE to_jsonb(rr) END,
          c_id, c_label, c_starts_at, c_ends_at, v_detail;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION room_book(uuid, timestamptz, timestamptz, integer, varchar, uuid)`);
  }
}
