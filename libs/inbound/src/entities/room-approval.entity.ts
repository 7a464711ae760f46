import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomEntity } from '@kennis/rooms';
import type { InboundAnswer } from './inbound-message.entity';

export type RoomApprovalStatus = 'PENDING' | 'APPROVED' | 'REFUSED' | 'WITHDRAWN';

/**
 * A meeting a room that requires approval holds TENTATIVE until a facility manager decides. The room's
 * bookings exist meanwhile; approving confirms them, refusing releases them, and either sends the
 * organizer the final REPLY (`answer`, rebuilt for delivery like every inbound answer).
 */
@Entity('room_approval')
@Check('room_approval_status_check', `status IN ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')`)
@Index('room_approval_one_pending', ['roomId', 'calendarUid'], { unique: true, where: `status = 'PENDING'` })
export class RoomApprovalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'room_approval_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_approval_room_fkey' })
  room?: RoomEntity;

  @Column({ type: 'varchar', length: 255 })
  calendarUid: string;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'citext' })
  organizerAddress: string;

  @Column({ type: 'varchar', length: 200 })
  summary: string;

  /** The Message-ID of the invite, so the final REPLY threads under it. */
  @Column({ type: 'varchar', length: 998, nullable: true })
  inReplyTo: string | null;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: RoomApprovalStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'room_approval_decided_by_fkey' })
  decidedBy?: PersonEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  answer: InboundAnswer | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;
}
