import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The occurrences of a recurring meeting that invited a facility team (RRULE, RDATE, EXDATE and
 * RECURRENCE-ID overrides applied), inside the same window as a recurring room invite: one row each,
 * keyed by its RECURRENCE-ID (the occurrence's original start). The series stays one request the team
 * confirms or declines; `declined_reason` marks an occurrence the team cannot serve although it
 * confirmed the rest, so the organizer's REPLY declines exactly that RECURRENCE-ID.
 */
export class FacilityRequestOccurrences1766630100000 implements MigrationInterface {
  name = 'FacilityRequestOccurrences1766630100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE facility_request_occurrence (
        facility_request_id uuid NOT NULL,
        recurrence_id timestamptz NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        declined_reason varchar(500),
        CONSTRAINT facility_request_occurrence_pkey PRIMARY KEY (facility_request_id, recurrence_id),
        CONSTRAINT facility_request_occurrence_request_fkey FOREIGN KEY (facility_request_id) REFERENCES session_facility_request (id) ON DELETE CASCADE,
        CONSTRAINT facility_request_occurrence_time_check CHECK (ends_at >= starts_at)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE facility_request_occurrence`);
  }
}
