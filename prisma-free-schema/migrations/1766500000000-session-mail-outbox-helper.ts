import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SessionJoinFunctions1765500000000 } from './1765500000000-session-join-functions';

/** session_join as this migration writes it; migration 1766680000000 restores it on the way down. */
export const SESSION_JOIN = `
      CREATE OR REPLACE FUNCTION session_join(
        p_session_id uuid, p_person_id uuid, p_queue varchar, p_job_name varchar, p_seated_kind text, p_waitlisted_kind text
      ) RETURNS TABLE (
        outcome text, session_status varchar, registration_id uuid, registration_status varchar, arrival bigint,
        registration_created_at timestamptz, waitlist_position integer, outbox_id bigint, outbox_queue varchar, outbox_job_name varchar,
        outbox_due_at timestamptz, outbox_created_at timestamptz, session_json jsonb
      ) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        s session%ROWTYPE;
        r record;
        o record;
        seated boolean;
        place integer;
      BEGIN
        SELECT * INTO s FROM session WHERE id = p_session_id FOR UPDATE;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NOT_FOUND', NULL::varchar, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        IF s.status <> 'SCHEDULED' THEN
          RETURN QUERY SELECT 'NOT_OPEN', s.status, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        seated := s.seats_taken < s.capacity;
        INSERT INTO registration (session_id, person_id, status)
        VALUES (p_session_id, p_person_id, CASE WHEN seated THEN 'SEATED' ELSE 'WAITLISTED' END)
        ON CONFLICT (session_id, person_id) WHERE status <> 'LEFT' DO NOTHING
        RETURNING registration.id, registration.status, registration.arrival, registration.created_at INTO r;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'ALREADY_REGISTERED', s.status, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        IF seated THEN
          UPDATE session SET seats_taken = seats_taken + 1, updated_at = now() WHERE id = p_session_id
          RETURNING * INTO s;
        ELSE
          SELECT count(*)::integer INTO place FROM registration w
          WHERE w.session_id = p_session_id AND w.status = 'WAITLISTED' AND w.arrival <= r.arrival;
        END IF;
        SELECT * INTO o FROM session_mail_outbox_insert(p_queue, p_job_name, p_session_id, s.calendar_sequence,
          ARRAY[CASE WHEN seated THEN p_seated_kind ELSE p_waitlisted_kind END], ARRAY[p_person_id]);
        RETURN QUERY SELECT CASE WHEN seated THEN 'SEATED' ELSE 'WAITLISTED' END, s.status, r.id, r.status, r.arrival, r.created_at, place,
          o.id, o.queue, o.job_name, o.due_at, o.created_at, to_jsonb(s);
      END $$`;

/**
 * session_join and session_leave (migration 1765500000000) wrote the same outbox INSERT each: the
 * payload of a session mail ({kind, sessionId, sequence, personId}) now lives in one helper,
 * session_mail_outbox_insert, that both call. It writes one row per (kind, person) pair in the
 * order given, so outbox ids keep that order (the leaver's mail first, then the promoted in order of
 * arrival), and returns what the callers hand to BullMQ after the commit. The functions' signatures,
 * outcomes and locking are unchanged.
 */
export class SessionMailOutboxHelper1766500000000 implements MigrationInterface {
  name = 'SessionMailOutboxHelper1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION session_mail_outbox_insert(
        p_queue varchar, p_job_name varchar, p_session_id uuid, p_sequence integer, p_kinds text[], p_person_ids uuid[]
      ) RETURNS TABLE (id bigint, queue varchar, job_name varchar, due_at timestamptz, created_at timestamptz)
      LANGUAGE sql AS $$
        INSERT INTO outbox_message (queue, job_name, payload, session_id)
        SELECT p_queue, p_job_name, jsonb_build_object('kind', m.kind, 'sessionId', p_session_id,
               'sequence', p_sequence, 'personId', m.person_id), p_session_id
        FROM unnest(p_kinds, p_person_ids) WITH ORDINALITY AS m(kind, person_id, ord)
        ORDER BY m.ord
        RETURNING outbox_message.id, outbox_message.queue, outbox_message.job_name, outbox_message.due_at, outbox_message.created_at
      $$`);

    await queryRunner.query(SESSION_JOIN);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION session_leave(
        p_session_id uuid, p_person_id uuid, p_queue varchar, p_job_name varchar, p_left_kind text, p_seat_granted_kind text
      ) RETURNS TABLE (
        outcome text, session_status varchar, registration_id uuid, registration_status varchar, arrival bigint,
        registration_created_at timestamptz, waitlist_position integer, outbox_id bigint, outbox_queue varchar, outbox_job_name varchar,
        outbox_due_at timestamptz, outbox_created_at timestamptz, session_json jsonb
      ) LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        s session%ROWTYPE;
        r record;
        promoted uuid[];
        free integer;
      BEGIN
        SELECT * INTO s FROM session WHERE id = p_session_id FOR UPDATE;
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NOT_FOUND', NULL::varchar, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        IF s.status IN ('COMPLETED', 'CANCELLED') THEN
          RETURN QUERY SELECT 'NOT_OPEN', s.status, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        SELECT g.id, g.status, g.arrival, g.created_at INTO r FROM registration g
        WHERE g.session_id = p_session_id AND g.person_id = p_person_id AND g.status <> 'LEFT';
        IF NOT FOUND THEN
          RETURN QUERY SELECT 'NOT_REGISTERED', s.status, NULL::uuid, NULL::varchar, NULL::bigint, NULL::timestamptz, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, NULL::jsonb;
          RETURN;
        END IF;
        UPDATE registration SET status = 'LEFT', updated_at = now() WHERE id = r.id;
        IF r.status <> 'SEATED' THEN
          RETURN QUERY SELECT 'LEFT', s.status, r.id, r.status, r.arrival, r.created_at, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, to_jsonb(s);
          RETURN;
        END IF;
        -- The freed seat (and any other free one) goes to the waitlist in order of arrival.
        free := s.capacity - s.seats_taken + 1;
        WITH first_waiting AS (
          SELECT w.id FROM registration w WHERE w.session_id = p_session_id AND w.status = 'WAITLISTED'
          ORDER BY w.arrival LIMIT free
        ), seated AS (
          UPDATE registration g SET status = 'SEATED', updated_at = now() FROM first_waiting f WHERE g.id = f.id
          RETURNING g.person_id, g.arrival
        )
        SELECT coalesce(array_agg(person_id ORDER BY seated.arrival), '{}') INTO promoted FROM seated;
        UPDATE session SET seats_taken = seats_taken - 1 + cardinality(promoted), updated_at = now() WHERE id = p_session_id
        RETURNING * INTO s;
        IF s.status <> 'SCHEDULED' THEN
          RETURN QUERY SELECT 'LEFT', s.status, r.id, r.status, r.arrival, r.created_at, NULL::integer,
            NULL::bigint, NULL::varchar, NULL::varchar, NULL::timestamptz, NULL::timestamptz, to_jsonb(s);
          RETURN;
        END IF;
        -- The leaver's mail first, then one per promoted person in order of arrival: outbox ids keep that order.
        RETURN QUERY
          SELECT 'LEFT', s.status, r.id, r.status, r.arrival, r.created_at, NULL::integer, w.id, w.queue, w.job_name, w.due_at, w.created_at,
            to_jsonb(s)
          FROM session_mail_outbox_insert(p_queue, p_job_name, p_session_id, s.calendar_sequence,
            array_prepend(p_left_kind, array_fill(p_seat_granted_kind, ARRAY[cardinality(promoted)])),
            array_prepend(p_person_id, promoted)) w;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION session_leave(uuid, uuid, varchar, varchar, text, text)`);
    await queryRunner.query(`DROP FUNCTION session_join(uuid, uuid, varchar, varchar, text, text)`);
    await queryRunner.query(`DROP FUNCTION session_mail_outbox_insert(varchar, varchar, uuid, integer, text[], uuid[])`);
    await new SessionJoinFunctions1765500000000().up(queryRunner);
  }
}
