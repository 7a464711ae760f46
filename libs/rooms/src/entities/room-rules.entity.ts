import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Blackout, BookableHours, RecurringConflictPolicy } from '../services/room-rules';
import { RoomEntity } from './room.entity';

/** A room's booking rules (Exchange's room-mailbox booking options are the model). No row: no limits. */
@Entity('room_rules')
@Check('room_rules_bookable_hours_check', `jsonb_typeof(bookable_hours) = 'array'`)
@Check('room_rules_blackouts_check', `jsonb_typeof(blackouts) = 'array'`)
@Check('room_rules_max_booking_check', `max_booking_minutes IS NULL OR max_booking_minutes BETWEEN 1 AND 10080`)
@Check('room_rules_min_notice_check', `min_notice_minutes IS NULL OR min_notice_minutes BETWEEN 0 AND 525600`)
@Check('room_rules_max_days_ahead_check', `max_days_ahead IS NULL OR max_days_ahead BETWEEN 1 AND 3650`)
@Check('room_rules_recurring_conflicts_check', `recurring_conflicts IN ('DECLINE_ALL', 'ACCEPT_FREE')`)
export class RoomRulesEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'room_rules_pkey' })
  roomId: string;

  @ManyToOne(() => RoomEntity)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'room_rules_room_fkey' })
  room?: RoomEntity;

  /** The weekdays and local times a booking must fall in; empty: any time. */
  @Column({ type: 'jsonb' })
  bookableHours: BookableHours[];

  /** Periods nobody may book (ISO instants). */
  @Column({ type: 'jsonb' })
  blackouts: Blackout[];

  @Column({ type: 'integer', nullable: true })
  maxBookingMinutes: number | null;

  @Column({ type: 'integer', nullable: true })
  minNoticeMinutes: number | null;

  @Column({ type: 'integer', nullable: true })
  maxDaysAhead: number | null;

  @Column({ type: 'boolean', default: true })
  recurringAllowed: boolean;

  @Column({ type: 'boolean', default: false })
  requiresApproval: boolean;

  @Column({ type: 'varchar', length: 20, default: 'DECLINE_ALL' })
  recurringConflicts: RecurringConflictPolicy;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
