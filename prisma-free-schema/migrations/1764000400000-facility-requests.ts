import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Facility teams (catering, AV) with a calendar mailbox, and the requests hosts make of them per session. */
export class FacilityRequests1764000400000 implements MigrationInterface {
  name = 'FacilityRequests1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE facility_team (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        kind varchar(20) NOT NULL,
        site varchar(100),
        mailbox citext NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT facility_team_pkey PRIMARY KEY (id),
        CONSTRAINT facility_team_name_unique UNIQUE (name),
        CONSTRAINT facility_team_kind_check CHECK (kind IN ('CATERING', 'AV', 'OTHER'))
      )`);
    await queryRunner.query(`
      CREATE TABLE session_facility_request (
        session_id uuid NOT NULL,
        facility_team_id uuid NOT NULL,
        note varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_facility_request_pkey PRIMARY KEY (session_id, facility_team_id),
        CONSTRAINT session_facility_request_session_fkey FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE,
        CONSTRAINT session_facility_request_team_fkey FOREIGN KEY (facility_team_id) REFERENCES facility_team (id)
      )`);
    await queryRunner.query(`CREATE INDEX session_facility_request_team_index ON session_facility_request (facility_team_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE session_facility_request`);
    await queryRunner.query(`DROP TABLE facility_team`);
  }
}
