import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { SessionEntity } from '@kennis/sessions';

/** The latest answer a person gave in their own calendar to a session's invite (RFC 5546 REPLY). */
@Entity('session_calendar_reply')
@Check('session_calendar_reply_partstat_check', `partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED')`)
export class SessionCalendarReplyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_calendar_reply_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_calendar_reply_pkey' })
  personId: string;

  @Column({ type: 'varchar', length: 20 })
  partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

  /** The SEQUENCE the reply answered: an older one never overrides a newer answer. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  repliedAt: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_calendar_reply_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'session_calendar_reply_person_fkey' })
  person?: PersonEntity;
}
