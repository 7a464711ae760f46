import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The transactional outbox: work recorded with a change, delivered by the workers. */
export class Outbox1764000100000 implements MigrationInterface {
  name = 'Outbox1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id bigserial NOT NULL,
        queue varchar(50) NOT NULL,
        job_name varchar(50) NOT NULL,
        payload jsonb NOT NULL,
        session_id uuid,
        status varchar(10) NOT NULL DEFAULT 'PENDING',
        due_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        dedupe_key varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        CONSTRAINT outbox_message_pkey PRIMARY KEY (id),
        CONSTRAINT outbox_message_dedupe_key_unique UNIQUE (dedupe_key),
        CONSTRAINT outbox_message_status_check CHECK (status IN ('PENDING', 'DONE', 'SKIPPED', 'FAILED'))
      )`);
    await queryRunner.query(`CREATE INDEX outbox_message_due_index ON outbox_message (due_at) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX outbox_message_session_index ON outbox_message (session_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
