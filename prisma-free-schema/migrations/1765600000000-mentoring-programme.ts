import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Running a round: requests close as their own step, and admins pin or exclude pairs between runs. */
export class MentoringProgramme1765600000000 implements MigrationInterface {
  name = 'MentoringProgramme1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mentoring_round ADD COLUMN requests_closed_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE mentoring_pair_rule (
        round_id uuid NOT NULL,
        mentor_id uuid NOT NULL,
        mentee_id uuid NOT NULL,
        kind varchar(7) NOT NULL,
        created_by_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentoring_pair_rule_pkey PRIMARY KEY (round_id, mentor_id, mentee_id),
        CONSTRAINT mentoring_pair_rule_round_fkey FOREIGN KEY (round_id) REFERENCES mentoring_round (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_pair_rule_mentor_fkey FOREIGN KEY (mentor_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_pair_rule_mentee_fkey FOREIGN KEY (mentee_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT mentoring_pair_rule_created_by_fkey FOREIGN KEY (created_by_id) REFERENCES person (id),
        CONSTRAINT mentoring_pair_rule_kind_check CHECK (kind IN ('PIN', 'EXCLUDE'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX mentoring_pair_rule_one_pin_per_mentee ON mentoring_pair_rule (round_id, mentee_id) WHERE kind = 'PIN'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mentoring_pair_rule`);
    await queryRunner.query(`ALTER TABLE mentoring_round DROP COLUMN requests_closed_at`);
  }
}
