import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** People and skills, rooms and their bookings, sessions with hosts, interest and registrations. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);

    await queryRunner.query(`
      CREATE TABLE person (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email citext NOT NULL,
        name varchar(200) NOT NULL,
        department varchar(100) NOT NULL,
        site varchar(100) NOT NULL,
        time_zone varchar(64) NOT NULL,
        language varchar(2) NOT NULL,
        job_title varchar(150) NOT NULL,
        manager_id uuid,
        roles text[] NOT NULL DEFAULT '{EMPLOYEE}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_pkey PRIMARY KEY (id),
        CONSTRAINT person_email_unique UNIQUE (email),
        CONSTRAINT person_manager_fkey FOREIGN KEY (manager_id) REFERENCES person (id) ON DELETE SET NULL,
        CONSTRAINT person_language_check CHECK (language IN ('nl', 'en')),
        CONSTRAINT person_roles_check CHECK (roles <@ ARRAY['EMPLOYEE', 'FACILITY_MANAGER', 'ADMIN']::text[]),
        CONSTRAINT person_not_own_manager CHECK (manager_id IS DISTINCT FROM id)
      )`);

    await queryRunner.query(`
      CREATE TABLE skill (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        normalized_name varchar(100) NOT NULL,
        CONSTRAINT skill_pkey PRIMARY KEY (id),
        CONSTRAINT skill_normalized_name_unique UNIQUE (normalized_name)
      )`);

    await queryRunner.query(`
      CREATE TABLE person_skill (
        person_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        kind varchar(5) NOT NULL,
        level smallint NOT NULL,
        CONSTRAINT person_skill_pkey PRIMARY KEY (person_id, skill_id, kind),
        CONSTRAINT person_skill_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT person_skill_skill_fkey FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE CASCADE,
        CONSTRAINT person_skill_kind_check CHECK (kind IN ('HAS', 'WANTS')),
        CONSTRAINT person_skill_level_check CHECK (level BETWEEN 1 AND 5)
      )`);

    await queryRunner.query(`
      CREATE TABLE room (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site varchar(100) NOT NULL,
        name varchar(100) NOT NULL,
        capacity integer NOT NULL,
        equipment text[] NOT NULL DEFAULT '{}',
        resource_mailbox citext,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT room_pkey PRIMARY KEY (id),
        CONSTRAINT room_site_name_unique UNIQUE (site, name),
        CONSTRAINT room_capacity_check CHECK (capacity BETWEEN 1 AND 10000)
      )`);

    await queryRunner.query(`
      CREATE TABLE room_booking (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL,
        period tstzrange NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'CONFIRMED',
        label varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT room_booking_pkey PRIMARY KEY (id),
        CONSTRAINT room_booking_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT room_booking_status_check CHECK (status IN ('CONFIRMED', 'RELEASED')),
        CONSTRAINT room_booking_period_check CHECK (NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)),
        -- Two confirmed bookings of one room never overlap, whoever races whom.
        CONSTRAINT room_booking_no_overlap EXCLUDE USING gist (room_id WITH =, period WITH &&) WHERE (status = 'CONFIRMED')
      )`);

    await queryRunner.query(`
      CREATE TABLE session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        format varchar(20) NOT NULL,
        level varchar(20) NOT NULL,
        language varchar(2) NOT NULL,
        capacity integer NOT NULL,
        duration_minutes integer NOT NULL,
        online_url varchar(500),
        status varchar(10) NOT NULL DEFAULT 'PROPOSED',
        starts_at timestamptz,
        ends_at timestamptz,
        room_id uuid,
        room_booking_id uuid,
        seats_taken integer NOT NULL DEFAULT 0,
        calendar_sequence integer NOT NULL DEFAULT 0,
        proposed_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_pkey PRIMARY KEY (id),
        CONSTRAINT session_room_fkey FOREIGN KEY (room_id) REFERENCES room (id),
        CONSTRAINT session_room_booking_fkey FOREIGN KEY (room_booking_id) REFERENCES room_booking (id),
        CONSTRAINT session_room_booking_unique UNIQUE (room_booking_id),
        CONSTRAINT session_proposed_by_fkey FOREIGN KEY (proposed_by_id) REFERENCES person (id),
        CONSTRAINT session_format_check CHECK (format IN ('TALK', 'WORKSHOP', 'CROSSTRAINING', 'LUNCH_AND_LEARN', 'DEMO')),
        CONSTRAINT session_level_check CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
        CONSTRAINT session_language_check CHECK (language IN ('nl', 'en')),
        CONSTRAINT session_status_check CHECK (status IN ('PROPOSED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
        CONSTRAINT session_capacity_check CHECK (capacity BETWEEN 1 AND 10000),
        CONSTRAINT session_duration_check CHECK (duration_minutes BETWEEN 5 AND 1440),
        CONSTRAINT session_description_length_check CHECK (char_length(description) <= 10000),
        -- Seats are never oversold, however many join at once.
        CONSTRAINT session_seats_within_capacity CHECK (seats_taken BETWEEN 0 AND capacity),
        CONSTRAINT session_times_check CHECK ((starts_at IS NULL AND ends_at IS NULL) OR ends_at > starts_at),
        CONSTRAINT session_scheduled_has_time CHECK (status NOT IN ('SCHEDULED', 'COMPLETED') OR starts_at IS NOT NULL),
        CONSTRAINT session_room_has_booking CHECK ((room_id IS NULL) = (room_booking_id IS NULL) OR status = 'CANCELLED'),
        CONSTRAINT session_place_check CHECK (status <> 'SCHEDULED' OR room_id IS NOT NULL OR online_url IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX session_status_starts_at_index ON session (status, starts_at, id)`);

    await queryRunner.query(`
      CREATE TABLE session_host (
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        CONSTRAINT session_host_pkey PRIMARY KEY (session_id, person_id),
        CONSTRAINT session_host_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_host_person_fkey FOREIGN KEY (person_id) REFERENCES person (id)
      )`);
    await queryRunner.query(`CREATE INDEX session_host_person_index ON session_host (person_id)`);

    await queryRunner.query(`
      CREATE TABLE session_skill (
        session_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        CONSTRAINT session_skill_pkey PRIMARY KEY (session_id, skill_id),
        CONSTRAINT session_skill_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_skill_skill_fkey FOREIGN KEY (skill_id) REFERENCES skill (id)
      )`);
    await queryRunner.query(`CREATE INDEX session_skill_skill_index ON session_skill (skill_id)`);

    await queryRunner.query(`
      CREATE TABLE session_interest (
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_interest_pkey PRIMARY KEY (session_id, person_id),
        CONSTRAINT session_interest_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_interest_person_fkey FOREIGN KEY (person_id) REFERENCES person (id)
      )`);

    await queryRunner.query(`
      CREATE TABLE registration (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        status varchar(10) NOT NULL,
        arrival bigserial NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registration_pkey PRIMARY KEY (id),
        CONSTRAINT registration_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT registration_person_fkey FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT registration_status_check CHECK (status IN ('SEATED', 'WAITLISTED', 'LEFT'))
      )`);
    // One live registration per person and session; people who left may join again.
    await queryRunner.query(
      `CREATE UNIQUE INDEX registration_active_unique ON registration (session_id, person_id) WHERE status <> 'LEFT'`,
    );
    await queryRunner.query(`CREATE INDEX registration_queue_index ON registration (session_id, status, arrival)`);
    await queryRunner.query(`CREATE INDEX registration_person_index ON registration (person_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['registration', 'session_interest', 'session_skill', 'session_host', 'session', 'room_booking', 'room', 'person_skill', 'skill', 'person']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
