import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';

/** An employee who opted in as a mentor. Paused profiles (active = false) are left out of new runs. */
@Entity('mentor_profile')
@Check('mentor_profile_capacity_check', `capacity BETWEEN 1 AND 20`)
@Check('mentor_profile_languages_check', `cardinality(languages) BETWEEN 1 AND 10`)
@Check('mentor_profile_seniority_check', `seniority_years BETWEEN 0 AND 60`)
export class MentorProfileEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentor_profile_pkey' })
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'mentor_profile_person_fkey' })
  person?: PersonEntity;

  /** How many mentees at once, accepted matches included. */
  @Column({ type: 'smallint' })
  capacity: number;

  /** Lower-case language codes such as nl and en. */
  @Column({ type: 'text', array: true })
  languages: string[];

  /** Years of working experience, for the round's seniority gap; kept here so person stays as it is. */
  @Column({ type: 'smallint' })
  seniorityYears: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
