import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side browser sessions: only the SHA-256 of the cookie's secret is stored. */
export class SignInSessions1765200000000 implements MigrationInterface {
  name = 'SignInSessions1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        secret_hash varchar(64) NOT NULL,
        person_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        id_token text,
        CONSTRAINT sign_in_session_pkey PRIMARY KEY (id),
        CONSTRAINT sign_in_session_secret_hash_unique UNIQUE (secret_hash)
      )`);
    await queryRunner.query(`CREATE INDEX sign_in_session_person_idx ON sign_in_session (person_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_session`);
  }
}
