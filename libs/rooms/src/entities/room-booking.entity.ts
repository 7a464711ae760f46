import { Check, Column, Entity, Exclusion, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
