import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox batches: rows written together for a batching queue share a batch id, and one BullMQ job
 * (named after the batch) delivers all of them. The job loads the batch's pending rows by this id, so
 * the sweeper re-creating the job after Redis lost it covers exactly the rows still to do.
 */
export class OutboxBatches1766400000000 implements MigrationInterface {
  name = 'OutboxBatches1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_message ADD COLUMN batch_id uuid`);
    await queryRunner.query(`CREATE INDEX outbox_message_batch_index ON outbox_message (batch_id) WHERE batch_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_message_batch_index`);
    await queryRunner.query(`ALTER TABLE outbox_message DROP COLUMN batch_id`);
  }
}
