import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every outbox row is updated twice on its way: the claim counts an attempt (attempts + 1), then the
 * row is marked DONE on its own right after its SMTP 250, one COMMIT per mail of an all-hands update.
 *
 * - The claim changes no indexed column, so PostgreSQL can keep it on the same heap page (a HOT update:
 *   no new entry in any of the table's five indexes), but only when the page has room for the new
 *   version. Rows are written ten thousand at a time and a batch claims whole pages at once, so at the
 *   default fillfactor of 100 no claim was HOT; at 50 a page keeps room for a new version of each of
 *   its rows. The DONE mark changes status, which the pending indexes' predicates name, so it is never
 *   HOT; it gets the space left behind once the page is pruned.
 * - A UNIQUE constraint indexes every row, and almost no row has a dedupe key (only reminder
 *   fan-outs set one): each insert and each DONE mark wrote a NULL entry into it. A unique index of the
 *   rows that have a key enforces the same rule (NULLs never conflicted) and is left alone by the rest;
 *   ON CONFLICT DO NOTHING honours it the same way.
 *
 * The fillfactor applies to pages written from now on; existing pages keep what they hold.
 */
export class OutboxMessageLeanUpdates1766650000000 implements MigrationInterface {
  name = 'OutboxMessageLeanUpdates1766650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_message SET (fillfactor = 50)`);
    await queryRunner.query(`ALTER TABLE outbox_message DROP CONSTRAINT outbox_message_dedupe_key_unique`);
    await queryRunner.query(`CREATE UNIQUE INDEX outbox_message_dedupe_key_unique ON outbox_message (dedupe_key) WHERE dedupe_key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_dedupe_key_unique`);
    await queryRunner.query(`ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_dedupe_key_unique UNIQUE (dedupe_key)`);
    await queryRunner.query(`ALTER TABLE outbox_message RESET (fillfactor)`);
  }
}
