import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { SessionEntity } from './session.entity';

export enum RegistrationStatus {
  SEATED = 'SEATED',
  WAITLISTED = 'WAITLISTED',
  LEFT = 'LEFT',
}

@Entity('registration')
@Check('registration_status_check', `status IN ('SEATED', 'WAITLISTED', 'LEFT')`)
@Index('registration_active_unique', ['sessionId', 'personId'], { unique: true, where: `status <> 'LEFT'` })
@Index('registration_queue_index', ['sessionId', 'status', 'arrival'])
@Index('registration_person_index', ['personId', 'status'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'registration_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'varchar', length: 10 })
  status: RegistrationStatus;

  /** Arrival order: the waitlist is served first come, first served. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  arrival: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'registration_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'registration_person_fkey' })
  person?: PersonEntity;
}
