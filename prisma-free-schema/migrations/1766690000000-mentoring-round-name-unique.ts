import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two rounds of one name ("Spring 2027" twice) are two rounds nobody can tell apart in the lists, the
 * mails and the history: a name is unique, whatever its case. Rounds that already share a name keep
 * the oldest as it is; the later ones get " (2)", " (3)" … in order of creation.
 */
export class MentoringRoundNameUnique1766690000000 implements MigrationInterface {
  name = 'MentoringRoundNameUnique1766690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH numbered AS (
        SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY created_at, id) AS place FROM mentoring_round
      )
      UPDATE mentoring_round r SET name = left(r.name, 190) || ' (' || n.place || ')'
      FROM numbered n WHERE n.id = r.id AND n.place > 1`);
    await queryRunner.query(`CREATE UNIQUE INDEX mentoring_round_name_unique ON mentoring_round (lower(name))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX mentoring_round_name_unique`);
  }
}
