import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log: who did what to whom, append-only, filtered by actor, action, target and time. */
export class AuditLog1765300000000 implements MigrationInterface {
  name = 'AuditLog1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id bigserial NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action varchar(80) NOT NULL,
        target_type varchar(40) NOT NULL,
        target_id varchar(100),
        details jsonb NOT NULL DEFAULT '{}',
        correlation_id varchar(64),
        CONSTRAINT audit_entry_pkey PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX audit_entry_occurred_at_index ON audit_entry (occurred_at)`);
    await queryRunner.query(`CREATE INDEX audit_entry_actor_index ON audit_entry (actor_id, occurred_at)`);
    await queryRunner.query(`CREATE INDEX audit_entry_target_index ON audit_entry (target_type, target_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entry`);
  }
}
