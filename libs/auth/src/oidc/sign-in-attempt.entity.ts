import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A sign-in at the provider in progress (authorization code + PKCE), bound to the browser by the kennis_sign_in cookie. */
@Entity('sign_in_attempt')
@Unique('sign_in_attempt_secret_hash_unique', ['secretHash'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sign_in_attempt_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', length: 100 })
  state: string;

  @Column({ type: 'varchar', length: 100 })
  nonce: string;

  @Column({ type: 'varchar', length: 200 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 2000 })
  returnTo: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
