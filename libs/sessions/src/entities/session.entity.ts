import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomBookingEntity, RoomEntity } from '@kennis/rooms';

export enum SessionStatus {
  PROPOSED = 'PROPOSED',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum SessionFormat {
  TALK = 'TALK',
  WORKSHOP = 'WORKSHOP',
  CROSSTRAINING = 'CROSSTRAINING',
  LUNCH_AND_LEARN = 'LUNCH_AND_LEARN',
  DEMO = 'DEMO',
}

export enum SessionLevel {
  BEGINNER = 'BEGINNER',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
}

@Entity('session')
@Unique('session_room_booking_unique', ['roomBookingId'])
@Index('session_status_starts_at_index', ['status', 'startsAt', 'id'])
@Check('session_format_check', `format IN ('TALK', 'WORKSHOP', 'CROSSTRAINING', 'LUNCH_AND_LEARN', 'DEMO')`)
@Check('session_level_check', `level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')`)
@Check('session_language_check', `language IN ('nl', 'en')`)
@Check('session_status_check', `status IN ('PROPOSED', 'SCHEDULED', 'COMPLETED', 'CANCELLED')`)
@Check('session_capacity_check', `capacity BETWEEN 1 AND 10000`)
@Check('session_duration_check', `duration_minutes BETWEEN 5 AND 1440`)
@Check('session_description_length_check', `char_length(description) <= 10000`)
@Check('session_seats_within_capacity', `seats_taken BETWEEN 0 AND capacity`)
@Check('session_times_check', `(starts_at IS NULL AND ends_at IS NULL) OR ends_at > starts_at`)
@Check('session_scheduled_has_time', `status NOT IN ('SCHEDULED', 'COMPLETED') OR starts_at IS NOT NULL`)
@Check('session_room_has_booking', `(room_id IS NULL) = (room_booking_id IS NULL) OR status = 'CANCELLED'`)
@Check('session_room_approval_check', `room_approval_requested_at IS NULL OR (status = 'PROPOSED' AND room_id IS NOT NULL AND starts_at IS NOT NULL)`)
@Index('session_awaiting_room_approval_index', ['roomApprovalRequestedAt'], { where: `room_approval_requested_at IS NOT NULL` })
@Check('session_place_check', `status <> 'SCHEDULED' OR room_id IS NOT NULL OR online_url IS NOT NULL`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  format: SessionFormat;

  @Column({ type: 'varchar', length: 20 })
  level: SessionLevel;

  @Column({ type: 'varchar', length: 2 })
  language: 'nl' | 'en';

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'varchar', length: 10, default: SessionStatus.PROPOSED })
  status: SessionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { nullable: true })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'session_room_fkey' })
  room?: RoomEntity | null;

  @Column({ type: 'uuid', nullable: true })
  roomBookingId: string | null;

  @OneToOne(() => RoomBookingEntity, { nullable: true })
  @JoinColumn({ name: 'room_booking_id', foreignKeyConstraintName: 'session_room_booking_fkey' })
  roomBooking?: RoomBookingEntity | null;

  @Column({ type: 'integer', default: 0 })
  seatsTaken: number;

  /** Set while the session waits, held in its room, for a facility manager to approve the room. */
  @Column({ type: 'timestamptz', nullable: true })
  roomApprovalRequestedAt: Date | null;

  /** iCalendar SEQUENCE: rises with every change of time, room or status (RFC 5545 3.8.7.4). */
  @Column({ type: 'integer', default: 0 })
  calendarSequence: number;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'session_proposed_by_fkey' })
  proposedBy?: PersonEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
