import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomEntity } from './room.entity';

export enum RoomBookingStatus {
  Confirmed = 'CONFIRMED',
  Released = 'RELEASED',
}

/** A room held for a period. period is a half-open tstzrange [start, end). */
@Entity('room_booking')
@Check('room_booking_status_check', `status IN ('CONFIRMED', 'RELEASED')`)
@Check('room_booking_period_check', `NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)`)
@Exclusion('room_booking_no_overlap', `USING gist (room_id WITH =, period WITH &&) WHERE (status = 'CONFIRMED')`)
@Index('room_booking_booked_by_index', ['bookedById'], { where: `booked_by_id IS NOT NULL` })
export class RoomBookingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'room_booking_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_booking_room_fkey' })
  room?: RoomEntity;

  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'varchar', length: 10, default: RoomBookingStatus.Confirmed })
  status: RoomBookingStatus;

  /** What the room is booked for, to name it in a clash. */
  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** The person who made the booking for themselves (a meeting of their own); null for a session's room. */
  @Column({ type: 'uuid', nullable: true })
  bookedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'booked_by_id', foreignKeyConstraintName: 'room_booking_booked_by_fkey' })
  bookedBy?: PersonEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
