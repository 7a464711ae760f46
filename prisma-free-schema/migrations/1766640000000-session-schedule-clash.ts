import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * session_schedule_clash: the answer most requests of a room race get, from one statement outside
 * any transaction, before scheduleSession opens one. It waits for the room's lock in share mode, so it
 * queues behind a booking of the room in flight (room_book keeps that lock until its transaction ends)
 * and then sees that booking committed; it takes no other lock and writes nothing, so it ends with the
 * statement and cannot deadlock. After the wait, in snapshots of their own, it reads the session, its
 * host and the first confirmed booking that clashes with the session's time in the room, with the
 * same query room_book uses. It answers CLASH (with the room, its rules and that booking) only when
 * the transaction of scheduleSession would get that clash: the session exists, is PROPOSED and holds
 * no room, the person hosts it (or is an admin), the room is active and large enough; the caller
 * still evaluates the room's rules, which come first. Anything else is PROCEED: the transaction
 * decides, with its locks, as before.
 */
export class SessionScheduleClash1766640000000 implements MigrationInterface {
  name = 'SessionScheduleClash1766640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION session_schedule_clash(
        p_session_id uuid, p_person_id uuid, p_is_admin boolean, p_room_id uuid, p_starts_at timestamptz
      ) RETURNS TABLE (
        outcome text, room jsonb, rules jsonb, seats integer, ends_at timestamptz,
        clash_id uuid, clash_label varchar, clash_starts_at timestamptz, clash_ends_at timestamptz
      ) LANGUAGE plpgsql AS $$
      DECLARE
        r room%ROWTYPE;
        rr room_rules%ROWTYPE;
        s session%ROWTYPE;
        v_ends_at timestamptz;
        c_id uuid;
        c_label varchar;
        c_starts_at timestamptz;
        c_ends_at timestamptz;
      BEGIN
        SELECT * INTO r FROM room WHERE id = p_room_id FOR SHARE;
        IF FOUND AND r.active THEN
          SELECT * INTO s FROM session WHERE id = p_session_id;
        END IF;
        IF s.id IS NULL OR s.status <> 'PROPOSED' OR s.room_booking_id IS NOT NULL OR s.capacity > r.capacity
          OR (NOT p_is_admin AND NOT EXISTS (SELECT 1 FROM session_host h WHERE h.session_id = p_session_id AND h.person_id = p_person_id)) THEN
          RETURN QUERY SELECT 'PROCEED', NULL::jsonb, NULL::jsonb, NULL::integer, NULL::timestamptz,
            NULL::uuid, NULL::varchar, NULL::timestamptz, NULL::timestamptz;
          RETURN;
        END IF;
        v_ends_at := p_starts_at + s.duration_minutes * interval '1 minute';
        SELECT b.id, b.label, lower(b.period), upper(b.period) INTO c_id, c_label, c_starts_at, c_ends_at
        FROM room_booking b
        WHERE b.room_id = p_room_id AND b.status = 'CONFIRMED' AND b.period && tstzrange(p_starts_at, v_ends_at, '[)')
        ORDER BY lower(b.period) LIMIT 1;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'PROCEED', NULL::jsonb, NULL::jsonb, NULL::integer, NULL::timestamptz,
            NULL::uuid, NULL::varchar, NULL::timestamptz, NULL::timestamptz;
          RETURN;
        END IF;
        SELECT * INTO rr FROM room_rules WHERE room_id = p_room_id;
        RETURN QUERY SELECT 'CLASH', to_jsonb(r), CASE WHEN rr.room_id IS NULL THEN NULL ELSE to_jsonb(rr) END, s.capacity, v_ends_at,
          c_id, c_label, c_starts_at, c_ends_at;
      END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION session_schedule_clash(uuid, uuid, boolean, uuid, timestamptz)`);
  }
}
