import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A browser's signed-in session. Only the SHA-256 of the cookie's secret is stored, so a copy of the
 * database signs nobody in. person_id has no foreign key on purpose: libs/auth knows no domain tables,
 * and every request looks the person up anyway (a removed or deactivated person is signed out there).
 */
@Entity('sign_in_session')
@Unique('sign_in_session_secret_hash_unique', ['secretHash'])
@Index('sign_in_session_person_idx', ['personId'])
export class SignInSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sign_in_session_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** The absolute end, whatever the use. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** The provider's ID token, sent back as id_token_hint when signing out at the provider (oidc mode). */
  @Column({ type: 'text', nullable: true })
  idToken: string | null;
}
