import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { MentorMatchEntity } from './mentor-match.entity';

/** A meeting the mentor or the mentee says they held; seen by the two of them and admins. */
@Entity('mentoring_meeting_log')
@Check('mentoring_meeting_log_duration_check', `duration_minutes BETWEEN 5 AND 480`)
@Index('mentoring_meeting_log_match_index', ['matchId', 'heldAt'])
export class MentoringMeetingLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mentoring_meeting_log_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  matchId: string;

  @ManyToOne(() => MentorMatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'mentoring_meeting_log_match_fkey' })
  match?: MentorMatchEntity;

  @Column({ type: 'uuid' })
  loggedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'logged_by_id', foreignKeyConstraintName: 'mentoring_meeting_log_logged_by_fkey' })
  loggedBy?: PersonEntity;

  @Column({ type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'smallint' })
  durationMinutes: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
