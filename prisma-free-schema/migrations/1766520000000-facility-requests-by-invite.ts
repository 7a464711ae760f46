import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A facility request belongs to a session or to a meeting that invited the team's mailbox from any
 * calendar (its UID, organizer, summary, time, location, note from DESCRIPTION), never both and never
 * neither: session_facility_request_one_subject. Teams now confirm or decline a request in Kennis
 * (status, reason, who and when); `version` counts the changes, so a mail written for an older state
 * is recognised as stale. The table keeps its name: sessions were its first subject.
 */
export class FacilityRequestsByInvite1766520000000 implements MigrationInterface {
  name = 'FacilityRequestsByInvite1766520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE session_facility_request DROP CONSTRAINT session_facility_request_pkey`);
    await queryRunner.query(`
      ALTER TABLE session_facility_request
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
        ALTER COLUMN session_id DROP NOT NULL,
        ADD COLUMN calendar_uid varchar(255),
        ADD COLUMN sequence integer,
        ADD COLUMN organizer_address citext,
        ADD COLUMN summary varchar(200),
        ADD COLUMN starts_at timestamptz,
        ADD COLUMN ends_at timestamptz,
        ADD COLUMN location varchar(500),
        ADD COLUMN in_reply_to varchar(998),
        ADD COLUMN last_change varchar(2000),
        ADD COLUMN status varchar(10) NOT NULL DEFAULT 'REQUESTED',
        ADD COLUMN decision_reason varchar(500),
        ADD COLUMN decided_by_id uuid,
        ADD COLUMN decided_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT session_facility_request_pkey PRIMARY KEY (id),
        ADD CONSTRAINT session_facility_request_session_team_unique UNIQUE (session_id, facility_team_id),
        ADD CONSTRAINT session_facility_request_decided_by_fkey FOREIGN KEY (decided_by_id) REFERENCES person (id) ON DELETE SET NULL,
        ADD CONSTRAINT session_facility_request_status_check CHECK (status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED')),
        ADD CONSTRAINT session_facility_request_one_subject CHECK (
          (session_id IS NOT NULL AND calendar_uid IS NULL AND sequence IS NULL AND organizer_address IS NULL
            AND summary IS NULL AND starts_at IS NULL AND ends_at IS NULL)
          OR (session_id IS NULL AND calendar_uid IS NOT NULL AND sequence IS NOT NULL AND organizer_address IS NOT NULL
            AND summary IS NOT NULL AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at >= starts_at))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX session_facility_request_meeting_unique ON session_facility_request (facility_team_id, calendar_uid) WHERE calendar_uid IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM session_facility_request WHERE session_id IS NULL`);
    await queryRunner.query(`DROP INDEX session_facility_request_meeting_unique`);
    await queryRunner.query(`
      ALTER TABLE session_facility_request
        DROP CONSTRAINT session_facility_request_one_subject,
        DROP CONSTRAINT session_facility_request_status_check,
        DROP CONSTRAINT session_facility_request_decided_by_fkey,
        DROP CONSTRAINT session_facility_request_session_team_unique,
        DROP CONSTRAINT session_facility_request_pkey,
        DROP COLUMN id, DROP COLUMN calendar_uid, DROP COLUMN sequence, DROP COLUMN organizer_address, DROP COLUMN summary,
        DROP COLUMN starts_at, DROP COLUMN ends_at, DROP COLUMN location, DROP COLUMN in_reply_to, DROP COLUMN last_change,
        DROP COLUMN status, DROP COLUMN decision_reason, DROP COLUMN decided_by_id, DROP COLUMN decided_at, DROP COLUMN version,
        ALTER COLUMN session_id SET NOT NULL,
        ADD CONSTRAINT session_facility_request_pkey PRIMARY KEY (session_id, facility_team_id)`);
  }
}
