import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { SessionEntity } from './session.entity';

@Entity('session_host')
@Index('session_host_person_index', ['personId'])
export class SessionHostEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_host_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_host_pkey' })
  personId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_host_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'session_host_person_fkey' })
  person?: PersonEntity;
}
