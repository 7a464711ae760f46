import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the match: people's working hours and own meeting URL, who made a room booking, a first meeting
 * that can move (its SEQUENCE), a match that runs for the round's duration and completes, meeting logs
 * and feedback.
 */
export class MentoringAfterTheMatch1766200000000 implements MigrationInterface {
  name = 'MentoringAfterTheMatch1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Null: the default week, 09:00-17:00 Monday to Friday in the person's zone.
    await queryRunner.query(`ALTER TABLE person ADD COLUMN working_hours jsonb`);
    await queryRunner.query(`ALTER TABLE person ADD COLUMN meeting_url varchar(500)`);
    await queryRunner.query(
      `ALTER TABLE person ADD CONSTRAINT person_working_hours_check CHECK (working_hours IS NULL OR jsonb_typeof(working_hours) = 'array')`,
    );
    await queryRunner.query(
      `ALTER TABLE person ADD CONSTRAINT person_meeting_url_check CHECK (meeting_url IS NULL OR meeting_url ~ '^https?://')`,
    );
    // The rooms branch may add the same column for its own bookings: both migrations then agree.
    await queryRunner.query(`ALTER TABLE room_booking ADD COLUMN IF NOT EXISTS booked_by_id uuid`);
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'room_booking_booked_by_fkey') THEN
          ALTER TABLE room_booking ADD CONSTRAINT room_booking_booked_by_fkey FOREIGN KEY (booked_by_id) REFERENCES person (id) ON DELETE SET NULL;
        END IF;
      END $$`);
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS room_booking_booked_by_index ON room_booking (booked_by_id) WHERE booked_by_id IS NOT NULL`);

    await queryRunner.query(`ALTER TABLE mentoring_round ADD COLUMN match_duration_days smallint NOT NULL DEFAULT 90`);
    await queryRunner.query(
      `ALTER TABLE mentoring_round ADD CONSTRAINT mentoring_round_match_duration_days_check CHECK (match_duration_days BETWEEN 1 AND 730)`,
    );

    await queryRunner.query(`ALTER TABLE mentor_match ADD COLUMN meeting_sequence integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE mentor_match ADD COLUMN runs_until timestamptz`);
    await queryRunner.query(`ALTER TABLE mentor_match ADD COLUMN completed_at timestamptz`);
    // Matches accepted before this run for the default duration from their acceptance.
    await queryRunner.query(`UPDATE mentor_match SET runs_until = COALESCE(decided_at, now()) + interval '90 days' WHERE status = 'ACCEPTED'`);
    await queryRunner.query(`ALTER TABLE mentor_match DROP CONSTRAINT mentor_match_status_check`);
    await queryRunner.query(
      `ALTER TABLE mentor_match ADD CONSTRAINT mentor_match_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENDED', 'COMPLETED'))`,
    );
    await queryRunner.query(`ALTER TABLE mentor_match ADD CONSTRAINT mentor_match_meeting_sequence_check CHECK (meeting_sequence >= 0)`);
    await queryRunner.query(
      `ALTER TABLE mentor_match ADD CONSTRAINT mentor_match_completed_check CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE mentor_match ADD CONSTRAINT mentor_match_runs_until_check CHECK (status NOT IN ('ACCEPTED', 'COMPLETED') OR runs_until IS NOT NULL)`,
    );
    // A completed pair may meet again in a later round, as an ended one may.
    await queryRunner.query(`DROP INDEX mentor_match_pair_once`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mentor_match_pair_once ON mentor_match (mentor_id, mentee_id) WHERE status NOT IN ('ENDED', 'COMPLETED')`,
    );
    await queryRunner.query(`CREATE INDEX mentor_match_runs_until_index ON mentor_match (runs_until) WHERE status = 'ACCEPTED'`);

    await queryRunner.query(`
      CREATE TABLE mentoring_meeting_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL,
        logged_by_id uuid NOT NULL,
        held_at timestamptz NOT NULL,
        duration_minutes smallint NOT NULL,
        note varchar(1000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentoring_meeting_log_pkey PRIMARY KEY (id),
        CONSTRAINT mentoring_meeting_log_match_fkey FOREIGN KEY (match_id) REFERENCES mentor_match (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_meeting_log_logged_by_fkey FOREIGN KEY (logged_by_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_meeting_log_duration_check CHECK (duration_minutes BETWEEN 5 AND 480)
      )`);
    await queryRunner.query(`CREATE INDEX mentoring_meeting_log_match_index ON mentoring_meeting_log (match_id, held_at)`);
    await queryRunner.query(`
      CREATE TABLE mentoring_feedback (
        match_id uuid NOT NULL,
        person_id uuid NOT NULL,
        rating smallint NOT NULL,
        comment varchar(2000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentoring_feedback_pkey PRIMARY KEY (match_id, person_id),
        CONSTRAINT mentoring_feedback_match_fkey FOREIGN KEY (match_id) REFERENCES mentor_match (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_feedback_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_feedback_rating_check CHECK (rating BETWEEN 1 AND 5)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mentoring_feedback`);
    await queryRunner.query(`DROP TABLE mentoring_meeting_log`);
    await queryRunner.query(`DROP INDEX mentor_match_runs_until_index`);
    await queryRunner.query(`DROP INDEX mentor_match_pair_once`);
    await queryRunner.query(`CREATE UNIQUE INDEX mentor_match_pair_once ON mentor_match (mentor_id, mentee_id) WHERE status <> 'ENDED'`);
    await queryRunner.query(`ALTER TABLE mentor_match DROP CONSTRAINT mentor_match_runs_until_check`);
    await queryRunner.query(`ALTER TABLE mentor_match DROP CONSTRAINT mentor_match_completed_check`);
    await queryRunner.query(`ALTER TABLE mentor_match DROP CONSTRAINT mentor_match_meeting_sequence_check`);
    await queryRunner.query(`ALTER TABLE mentor_match DROP CONSTRAINT mentor_match_status_check`);
    await queryRunner.query(
      `ALTER TABLE mentor_match ADD CONSTRAINT mentor_match_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENDED'))`,
    );
    await queryRunner.query(`ALTER TABLE mentor_match DROP COLUMN completed_at, DROP COLUMN runs_until, DROP COLUMN meeting_sequence`);
    await queryRunner.query(`ALTER TABLE mentoring_round DROP COLUMN match_duration_days`);
    await queryRunner.query(`ALTER TABLE room_booking DROP COLUMN booked_by_id`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN meeting_url, DROP COLUMN working_hours`);
  }
}
