import { Role } from '@kennis/auth';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { WorkingDay } from '../services/working-hours';

export type Language = 'nl' | 'en';

@Entity('person')
@Unique('person_email_unique', ['email'])
@Unique('person_calendar_feed_token_hash_unique', ['calendarFeedTokenHash'])
@Unique('person_external_id_unique', ['externalId'])
@Check('person_language_check', `language IN ('nl', 'en')`)
@Check('person_roles_check', `roles <@ ARRAY['EMPLOYEE', 'FACILITY_MANAGER', 'ADMIN']::text[]`)
@Check('person_not_own_manager', `manager_id IS DISTINCT FROM id`)
@Check('person_working_hours_check', `working_hours IS NULL OR jsonb_typeof(working_hours) = 'array'`)
@Check('person_meeting_url_check', `meeting_url IS NULL OR meeting_url ~ '^https?://'`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'person_pkey' })
  id: string;

  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  department: string;

  @Column({ type: 'varchar', length: 100 })
  site: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 150 })
  jobTitle: string;

  /** Set by the identity provider (claims or SCIM) or an admin, never by the person; cycles are refused by the trigger person_manager_no_cycle. */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'person_manager_fkey' })
  manager?: PersonEntity | null;

  @Column({ type: 'text', array: true, default: () => `'{EMPLOYEE}'` })
  roles: Role[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Deactivated people (SCIM active=false, or an admin) cannot sign in; their history stays. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** The identity provider's id for this person (SCIM externalId). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  /** When the person can meet, per weekday in their own zone; null is the default week (see DEFAULT_WORKING_HOURS). */
  @Column({ type: 'jsonb', nullable: true })
  workingHours: WorkingDay[] | null;

  /** The person's own online meeting room (Teams, Meet, Zoom...), used for their online meetings. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  meetingUrl: string | null;

  /** SHA-256 of the secret in the person's calendar feed URL; the secret itself is never stored. */
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  calendarFeedTokenHash: string | null;
}
