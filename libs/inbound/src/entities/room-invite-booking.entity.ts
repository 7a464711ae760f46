import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RoomBookingEntity, RoomEntity } from '@kennis/rooms';

export type RoomInvitePartstat = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'CANCELLED';

/**
 * One occurrence of a meeting that invited a room's mailbox, keyed by the organizer's UID and
 * RECURRENCE-ID ('' for a single event). The room itself is held by the room_booking it points at.
 */
@Entity('room_invite_booking')
@Unique('room_invite_booking_occurrence_unique', ['roomId', 'calendarUid', 'recurrenceId'])
@Check('room_invite_booking_partstat_check', `partstat IN ('ACCEPTED', 'TENTATIVE', 'DECLINED', 'CANCELLED')`)
export class RoomInviteBookingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'room_invite_booking_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @Column({ type: 'varchar', length: 255 })
  calendarUid: string;

  @Column({ type: 'varchar', length: 40, default: '' })
  recurrenceId: string;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'citext' })
  organizerAddress: string;

  @Column({ type: 'varchar', length: 200 })
  summary: string;

  @Column({ type: 'uuid', nullable: true })
  roomBookingId: string | null;

  @Column({ type: 'varchar', length: 20 })
  partstat: RoomInvitePartstat;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_invite_booking_room_fkey' })
  room?: RoomEntity;

  @ManyToOne(() => RoomBookingEntity)
  @JoinColumn({ name: 'room_booking_id', foreignKeyConstraintName: 'room_invite_booking_booking_fkey' })
  roomBooking?: RoomBookingEntity;
}
