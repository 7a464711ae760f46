import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joining and leaving a session as one statement each. The session row is locked from the function's
 * first line to the statement's own commit, inside PostgreSQL: no client round trip happens while the
 * lock is held, so 300 joins on one session queue for microseconds each instead of for a dozen round
 * trips each. Seats are still counted under the row lock (the waitlist order is the lock order, and
 * `arrival` is drawn under it), and session_seats_within_capacity still rejects an oversold seat.
 *
 * Both functions write their outbox rows themselves, in the same transaction as the change; the
 * caller hands the returned rows to BullMQ after the commit, as OutboxService.transaction does.
 * The mail kinds, queue and job name come from the caller, so that the TypeScript enums stay the truth.
 *
 * They return one row per outbox row written (at least one row): the outcome, the registration, the
 * outbox row's id, queue, job name, due and creation times (null when no row was written), and the
 * session row as it is after the change (so the answer needs no second read).
 * Outcomes: SEATED, WAITLISTED, LEFT, NOT_FOUND, NOT_OPEN (session_status says which), ALREADY_REGISTERED,
 * NOT_REGISTERED.
 */
export class SessionJoinFunctions1765500000000 implements MigrationInterface {
  name = 'SessionJoinFunctions1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION session_join(
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
        INSERT INTO outbox_message (queue, job_name, payload, session_id)
        VALUES (p_queue, p_job_name, jsonb_build_object(
          'kind', CASE WHEN seated THEN p_seated_kind ELSE p_waitlisted_kind END,
          'sessionId', p_session_id, 'sequence', s.calendar_sequence, 'personId', p_person_id), p_session_id)
        RETURNING outbox_message.id, outbox_message.queue, outbox_message.job_name, outbox_message.due_at, outbox_message.created_at INTO o;
        RETURN QUERY SELECT CASE WHEN seated THEN 'SEATED' ELSE 'WAITLISTED' END, s.status, r.id, r.status, r.arrival, r.created_at, place,
          o.id, o.queue, o.job_name, o.due_at, o.created_at, to_jsonb(s);
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION session_leave(
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
        RETURN QUERY
          WITH mails AS (
            SELECT 0 AS ord, p_left_kind AS kind, p_person_id AS person_id
            UNION ALL SELECT p.ord::integer, p_seat_granted_kind, p.person_id FROM unnest(promoted) WITH ORDINALITY AS p(person_id, ord)
          ), written AS (
            INSERT INTO outbox_message (queue, job_name, payload, session_id)
            SELECT p_queue, p_job_name, jsonb_build_object('kind', m.kind, 'sessionId', p_session_id,
                   'sequence', s.calendar_sequence, 'personId', m.person_id), p_session_id
            FROM mails m ORDER BY m.ord
            RETURNING outbox_message.id, outbox_message.queue, outbox_message.job_name, outbox_message.due_at, outbox_message.created_at
          )
          SELECT 'LEFT', s.status, r.id, r.status, r.arrival, r.created_at, NULL::integer, w.id, w.queue, w.job_name, w.due_at, w.created_at,
            to_jsonb(s)
          FROM written w;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION session_leave(uuid, uuid, varchar, varchar, text, text)`);
    await queryRunner.query(`DROP FUNCTION session_join(uuid, uuid, varchar, varchar, text, text)`);
  }
}
