import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A browser's sign-in at the provider in progress: PKCE verifier, state and nonce, bound to the browser
 * by a cookie whose secret is stored only as a hash.
 */
export class SignInAttempts1765200200000 implements MigrationInterface {
  name = 'SignInAttempts1765200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_attempt (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        secret_hash varchar(64) NOT NULL,
        state varchar(100) NOT NULL,
        nonce varchar(100) NOT NULL,
        code_verifier varchar(200) NOT NULL,
        return_to varchar(2000) NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT sign_in_attempt_pkey PRIMARY KEY (id),
        CONSTRAINT sign_in_attempt_secret_hash_unique UNIQUE (secret_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_attempt`);
  }
}
