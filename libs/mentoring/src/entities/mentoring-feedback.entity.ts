import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { MentorMatchEntity } from './mentor-match.entity';

/** One person's feedback on a completed match: theirs alone; admins see it only as round aggregates. */
@Entity('mentoring_feedback')
@Check('mentoring_feedback_rating_check', `rating BETWEEN 1 AND 5`)
export class MentoringFeedbackEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentoring_feedback_pkey' })
  matchId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentoring_feedback_pkey' })
  personId: string;

  @ManyToOne(() => MentorMatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'mentoring_feedback_match_fkey' })
  match?: MentorMatchEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'mentoring_feedback_person_fkey' })
  person?: PersonEntity;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'varchar', length: 2000, default: '' })
  comment: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
