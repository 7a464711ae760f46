import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RoomEntity } from '@kennis/rooms';
import { SessionEntity } from '@kennis/sessions';

/** The latest answer a session's room gave in its own calendar (an Exchange or Google room mailbox). */
@Entity('session_room_answer')
@Check('session_room_answer_partstat_check', `partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED')`)
export class SessionRoomAnswerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_room_answer_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_room_answer_pkey' })
  roomId: string;

  @Column({ type: 'varchar', length: 20 })
  partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

  /** The room's COMMENT, e.g. why it declined. */
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The SEQUENCE it answered: an answer to an earlier time or room does not count for the current one. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  answeredAt: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_room_answer_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'session_room_answer_room_fkey' })
  room?: RoomEntity;
}
