import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A private calendar feed per person: only the SHA-256 of its secret token is stored. */
export class CalendarFeed1764000200000 implements MigrationInterface {
  name = 'CalendarFeed1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN calendar_feed_token_hash varchar(64)`);
    await queryRunner.query(
      `ALTER TABLE person ADD CONSTRAINT person_calendar_feed_token_hash_unique UNIQUE (calendar_feed_token_hash)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person DROP COLUMN calendar_feed_token_hash`);
  }
}
