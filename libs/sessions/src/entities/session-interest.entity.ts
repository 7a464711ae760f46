import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { SessionEntity } from './session.entity';

@Entity('session_interest')
export class SessionInterestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_interest_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_interest_pkey' })
  personId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_interest_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'session_interest_person_fkey' })
  person?: PersonEntity;
}
