import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import type { RoundCriteria, UnmatchedMentee } from '../matching/matching.types';

export enum RoundStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  PROPOSED = 'PROPOSED',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

/** Who may take part; an empty list means everyone. */
export interface RoundParticipants {
  departments: string[];
  sites: string[];
}

/** What the last run found, for the admin: counts and the target report, never a diversity value. */
export interface RoundResultSummary {
  runNumber: number;
  finishedAt: string;
  mentorCount: number;
  menteeCount: number;
  proposedCount: number;
  keptAcceptedCount: number;
  unmatchedCount: number;
  totalScore: number;
  /** The best assignment's score without the targets; absent in summaries of older runs. */
  totalScoreWithoutTargets?: number;
  candidatePairCount: number;
  targetStatus: string;
  targetReport: string;
  /** Mentees of the run without a proposal, and why; absent in summaries of older runs. */
  unmatched?: UnmatchedMentee[];
}

@Entity('mentoring_round')
@Check('mentoring_round_status_check', `status IN ('DRAFT', 'OPEN', 'RUNNING', 'PROPOSED', 'PUBLISHED', 'CLOSED')`)
@Check('mentoring_round_progress_check', `progress BETWEEN 0 AND 100`)
@Check('mentoring_round_response_days_check', `response_days BETWEEN 1 AND 60`)
@Check('mentoring_round_match_duration_days_check', `match_duration_days BETWEEN 1 AND 730`)
@Check('mentoring_round_name_check', `char_length(name) BETWEEN 3 AND 200`)
@Index('mentoring_round_status_index', ['status', 'createdAt'])
// Unique on lower(name), an expression TypeORM cannot describe: migration 1766690000000 owns it.
@Index('mentoring_round_name_unique', { synchronize: false })
export class MentoringRoundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mentoring_round_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 10, default: RoundStatus.DRAFT })
  status: RoundStatus;

  /** Mentee requests are taken until this moment. */
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'jsonb' })
  criteria: RoundCriteria;

  @Column({ type: 'jsonb' })
  participants: RoundParticipants;

  @Column({ type: 'boolean', default: false })
  autoPublish: boolean;

  /** Days a mentor has to answer a published proposal; no answer by then counts as declined. */
  @Column({ type: 'smallint', default: 7 })
  responseDays: number;

  /** How long an accepted match runs, from the mentor's acceptance; then it completes. */
  @Column({ type: 'smallint', default: 90 })
  matchDurationDays: number;

  /** Percent of the current run done. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** Rises with every run: the run's job is deduplicated on it. */
  @Column({ type: 'integer', default: 0 })
  runCount: number;

  /** Set when an admin closes the round to new requests; runs before it are previews. */
  @Column({ type: 'timestamptz', nullable: true })
  requestsClosedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  resultSummary: RoundResultSummary | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'mentoring_round_created_by_fkey' })
  createdBy?: PersonEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
