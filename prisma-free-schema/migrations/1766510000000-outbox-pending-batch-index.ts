import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A batch job looks up its batch's PENDING rows (claim, and the count at the end). The index on
 * batch_id alone let the planner AND it with the due index, which holds every pending row: right
 * after an all-hands update that is 10,000 rows read per batch of 50, for each of the 200 batches.
 * An index of exactly the pending rows of batches answers both queries from the batch's own entries,
 * and a row that is DONE leaves it (its update writes no entry into it).
 */
export class OutboxPendingBatchIndex1766510000000 implements MigrationInterface {
  name = 'OutboxPendingBatchIndex1766510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_batch_index`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_pending_batch_index ON outbox_message (batch_id) WHERE status = 'PENDING' AND batch_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_pending_batch_index`);
    await queryRunner.query(`CREATE INDEX outbox_message_batch_index ON outbox_message (batch_id) WHERE batch_id IS NOT NULL`);
  }
}
