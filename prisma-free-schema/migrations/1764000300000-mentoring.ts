import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentoring: mentor profiles, rounds, mentee requests, self-declared diversity attributes and matches. */
export class Mentoring1764000300000 implements MigrationInterface {
  name = 'Mentoring1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mentor_profile (
        person_id uuid NOT NULL,
        capacity smallint NOT NULL,
        languages text[] NOT NULL,
        seniority_years smallint NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentor_profile_pkey PRIMARY KEY (person_id),
        CONSTRAINT mentor_profile_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentor_profile_capacity_check CHECK (capacity BETWEEN 1 AND 20),
        CONSTRAINT mentor_profile_languages_check CHECK (cardinality(languages) BETWEEN 1 AND 10),
        CONSTRAINT mentor_profile_seniority_check CHECK (seniority_years BETWEEN 0 AND 60)
      )`);

    await queryRunner.query(`
      CREATE TABLE mentor_skill (
        mentor_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        level smallint NOT NULL,
        CONSTRAINT mentor_skill_pkey PRIMARY KEY (mentor_id, skill_id),
        CONSTRAINT mentor_skill_mentor_fkey FOREIGN KEY (mentor_id) REFERENCES mentor_profile (person_id) ON DELETE CASCADE,
        CONSTRAINT mentor_skill_skill_fkey FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE CASCADE,
        CONSTRAINT mentor_skill_level_check CHECK (level BETWEEN 1 AND 5)
      )`);

    await queryRunner.query(`
      CREATE TABLE mentoring_round (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'DRAFT',
        deadline timestamptz NOT NULL,
        criteria jsonb NOT NULL,
        participants jsonb NOT NULL,
        auto_publish boolean NOT NULL DEFAULT false,
        response_days smallint NOT NULL DEFAULT 7,
        progress smallint NOT NULL DEFAULT 0,
        run_count integer NOT NULL DEFAULT 0,
        result_summary jsonb,
        last_error text,
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentoring_round_pkey PRIMARY KEY (id),
        CONSTRAINT mentoring_round_created_by_fkey FOREIGN KEY (created_by_id) REFERENCES person (id),
        CONSTRAINT mentoring_round_status_check CHECK (status IN ('DRAFT', 'OPEN', 'RUNNING', 'PROPOSED', 'PUBLISHED', 'CLOSED')),
        CONSTRAINT mentoring_round_progress_check CHECK (progress BETWEEN 0 AND 100),
        CONSTRAINT mentoring_round_response_days_check CHECK (response_days BETWEEN 1 AND 60),
        CONSTRAINT mentoring_round_name_check CHECK (char_length(name) BETWEEN 3 AND 200)
      )`);
    await queryRunner.query(`CREATE INDEX mentoring_round_status_index ON mentoring_round (status, created_at)`);

    await queryRunner.query(`
      CREATE TABLE mentee_request (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        person_id uuid NOT NULL,
        goals text NOT NULL DEFAULT '',
        languages text[] NOT NULL,
        seniority_years smallint NOT NULL,
        prefers_other_department boolean NOT NULL DEFAULT false,
        prefers_other_site boolean NOT NULL DEFAULT false,
        prefers_same_gender boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentee_request_pkey PRIMARY KEY (id),
        CONSTRAINT mentee_request_round_person_unique UNIQUE (round_id, person_id),
        CONSTRAINT mentee_request_round_fkey FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE,
        CONSTRAINT mentee_request_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentee_request_goals_length_check CHECK (char_length(goals) <= 2000),
        CONSTRAINT mentee_request_languages_check CHECK (cardinality(languages) BETWEEN 1 AND 10),
        CONSTRAINT mentee_request_seniority_check CHECK (seniority_years BETWEEN 0 AND 60)
      )`);

    await queryRunner.query(`
      CREATE TABLE mentee_request_skill (
        request_id uuid NOT NULL,
        skill_id uuid NOT NULL,
        level smallint NOT NULL,
        CONSTRAINT mentee_request_skill_pkey PRIMARY KEY (request_id, skill_id),
        CONSTRAINT mentee_request_skill_request_fkey FOREIGN KEY (request_id) REFERENCES mentee_request (id) ON DELETE CASCADE,
        CONSTRAINT mentee_request_skill_skill_fkey FOREIGN KEY (skill_id) REFERENCES skill (id) ON DELETE CASCADE,
        CONSTRAINT mentee_request_skill_level_check CHECK (level BETWEEN 1 AND 5)
      )`);

    await queryRunner.query(`
      CREATE TABLE diversity_attribute (
        person_id uuid NOT NULL,
        attribute varchar(40) NOT NULL,
        value varchar(100) NOT NULL,
        consent_given_at timestamptz NOT NULL,
        CONSTRAINT diversity_attribute_pkey PRIMARY KEY (person_id, attribute),
        CONSTRAINT diversity_attribute_person_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT diversity_attribute_name_check CHECK (attribute IN ('gender', 'age_band', 'background')),
        CONSTRAINT diversity_attribute_value_check CHECK (char_length(value) BETWEEN 1 AND 100)
      )`);

    await queryRunner.query(`
      CREATE TABLE mentor_match (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL,
        mentor_id uuid NOT NULL,
        mentee_id uuid NOT NULL,
        score integer NOT NULL,
        breakdown jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'PROPOSED',
        decline_reason varchar(500),
        published_at timestamptz,
        respond_by timestamptz,
        decided_at timestamptz,
        meeting_starts_at timestamptz,
        meeting_ends_at timestamptz,
        meeting_room_booking_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentor_match_pkey PRIMARY KEY (id),
        CONSTRAINT mentor_match_round_fkey FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE,
        CONSTRAINT mentor_match_mentor_fkey FOREIGN KEY (mentor_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentor_match_mentee_fkey FOREIGN KEY (mentee_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentor_match_meeting_room_booking_fkey FOREIGN KEY (meeting_room_booking_id) REFERENCES room_booking (id),
        CONSTRAINT mentor_match_status_check CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENDED')),
        CONSTRAINT mentor_match_not_self CHECK (mentor_id <> mentee_id),
        CONSTRAINT mentor_match_score_check CHECK (score >= 0),
        CONSTRAINT mentor_match_decided_check CHECK ((status = 'PROPOSED') = (decided_at IS NULL)),
        CONSTRAINT mentor_match_decline_reason_check
          CHECK (decline_reason IS NULL OR (status = 'DECLINED' AND char_length(decline_reason) <= 500)),
        CONSTRAINT mentor_match_published_check
          CHECK (status = 'PROPOSED' OR (published_at IS NOT NULL AND respond_by IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mentor_match_one_open_per_mentee ON mentor_match (round_id, mentee_id) WHERE status IN ('PROPOSED', 'ACCEPTED')`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX mentor_match_pair_once ON mentor_match (mentor_id, mentee_id) WHERE status <> 'ENDED'`);
    await queryRunner.query(`CREATE INDEX mentor_match_mentor_index ON mentor_match (mentor_id, status)`);
    await queryRunner.query(`CREATE INDEX mentor_match_round_index ON mentor_match (round_id, status)`);
    await queryRunner.query(`CREATE INDEX mentor_match_respond_by_index ON mentor_match (respond_by) WHERE status = 'PROPOSED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mentor_match`);
    await queryRunner.query(`DROP TABLE diversity_attribute`);
    await queryRunner.query(`DROP TABLE mentee_request_skill`);
    await queryRunner.query(`DROP TABLE mentee_request`);
    await queryRunner.query(`DROP TABLE mentoring_round`);
    await queryRunner.query(`DROP TABLE mentor_skill`);
    await queryRunner.query(`DROP TABLE mentor_profile`);
  }
}
