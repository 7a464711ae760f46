import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomBookingEntity } from '@kennis/rooms';
import type { ScoreLine } from '../matching/matching.types';
import { MentoringRoundEntity } from './mentoring-round.entity';

export type MeetingAnswer = 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

export enum MatchStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  ENDED = 'ENDED',
  /** Ran for the round's duration; both are asked for feedback. */
  COMPLETED = 'COMPLETED',
}

/**
 * A proposed or decided pair. Rows are never deleted: declined and ended matches are the history the
 * next run reads its hard limits from.
 */
@Entity('mentor_match')
@Check('mentor_match_mentor_meeting_answer_check', `mentor_meeting_answer IN ('ACCEPTED', 'TENTATIVE', 'DECLINED')`)
@Check('mentor_match_mentee_meeting_answer_check', `mentee_meeting_answer IN ('ACCEPTED', 'TENTATIVE', 'DECLINED')`)
@Check('mentor_match_status_check', `status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'ENDED', 'COMPLETED')`)
@Check('mentor_match_meeting_sequence_check', `meeting_sequence >= 0`)
@Check('mentor_match_completed_check', `(status = 'COMPLETED') = (completed_at IS NOT NULL)`)
@Check('mentor_match_runs_until_check', `status NOT IN ('ACCEPTED', 'COMPLETED') OR runs_until IS NOT NULL`)
@Check('mentor_match_not_self', `mentor_id <> mentee_id`)
@Check('mentor_match_score_check', `score >= 0`)
@Check('mentor_match_decided_check', `(status = 'PROPOSED') = (decided_at IS NULL)`)
@Check('mentor_match_decline_reason_check', `decline_reason IS NULL OR (status = 'DECLINED' AND char_length(decline_reason) <= 500)`)
@Check('mentor_match_published_check', `status = 'PROPOSED' OR (published_at IS NOT NULL AND respond_by IS NOT NULL)`)
// A mentee has at most one open or accepted match per round.
@Index('mentor_match_one_open_per_mentee', ['roundId', 'menteeId'], { unique: true, where: `status IN ('PROPOSED', 'ACCEPTED')` })
// A pair is proposed once: a declined or expired pair never comes back; only an ended or completed one may.
@Index('mentor_match_pair_once', ['mentorId', 'menteeId'], { unique: true, where: `status NOT IN ('ENDED', 'COMPLETED')` })
@Index('mentor_match_runs_until_index', ['runsUntil'], { where: `status = 'ACCEPTED'` })
@Index('mentor_match_mentor_index', ['mentorId', 'status'])
@Index('mentor_match_round_index', ['roundId', 'status'])
@Index('mentor_match_respond_by_index', ['respondBy'], { where: `status = 'PROPOSED'` })
export class MentorMatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mentor_match_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => MentoringRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'mentor_match_round_fkey' })
  round?: MentoringRoundEntity;

  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'mentor_match_mentor_fkey' })
  mentor?: PersonEntity;

  @Column({ type: 'uuid' })
  menteeId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'mentor_match_mentee_fkey' })
  mentee?: PersonEntity;

  @Column({ type: 'integer' })
  score: number;

  /** Why the pair was made, one line per criterion; never a diversity attribute value. */
  @Column({ type: 'jsonb' })
  breakdown: ScoreLine[];

  @Column({ type: 'varchar', length: 10, default: MatchStatus.PROPOSED })
  status: MatchStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** Set when the round publishes the proposal: from then on the mentor sees it and must answer by respondBy. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondBy: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The first meeting, planned when the mentor accepts. */
  @Column({ type: 'timestamptz', nullable: true })
  meetingStartsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  meetingEndsAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  meetingRoomBookingId: string | null;

  @ManyToOne(() => RoomBookingEntity, { nullable: true })
  @JoinColumn({ name: 'meeting_room_booking_id', foreignKeyConstraintName: 'mentor_match_meeting_room_booking_fkey' })
  meetingRoomBooking?: RoomBookingEntity | null;

  /** RFC 5545 SEQUENCE of the first meeting's invite: every move and the cancellation raise it. */
  @Column({ type: 'integer', default: 0 })
  meetingSequence: number;

  /** Each person's calendar answer (an iTIP REPLY) to the first meeting at its current time; a move clears them. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  mentorMeetingAnswer: MeetingAnswer | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  menteeMeetingAnswer: MeetingAnswer | null;

  /** Accepted matches run until then (the round's duration from the acceptance), then complete. */
  @Column({ type: 'timestamptz', nullable: true })
  runsUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/**
 * The match ended before its first meeting, so the meeting was called off (its invite cancelled, its
 * room given back). The times stay on the row: they say which meeting the cancellation was for.
 */
export function firstMeetingCalledOff(match: Pick<MentorMatchEntity, 'status' | 'meetingStartsAt' | 'decidedAt'>): boolean {
  return match.status === MatchStatus.ENDED && match.meetingStartsAt !== null && match.decidedAt !== null && match.meetingStartsAt > match.decidedAt;
}
