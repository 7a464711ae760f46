import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { MentoringRoundEntity } from './mentoring-round.entity';

export enum PairRuleKind {
  /** Proposed again by every run of the round, whatever else changes. */
  PIN = 'PIN',
  /** Never proposed in this round. */
  EXCLUDE = 'EXCLUDE',
}

/** An admin's decision about one pair of a round, read by the next run. */
@Entity('mentoring_pair_rule')
@Check('mentoring_pair_rule_kind_check', `kind IN ('PIN', 'EXCLUDE')`)
@Index('mentoring_pair_rule_one_pin_per_mentee', ['roundId', 'menteeId'], { unique: true, where: `kind = 'PIN'` })
export class MentoringPairRuleEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentoring_pair_rule_pkey' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentoring_pair_rule_pkey' })
  mentorId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentoring_pair_rule_pkey' })
  menteeId: string;

  @Column({ type: 'varchar', length: 7 })
  kind: PairRuleKind;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => MentoringRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'mentoring_pair_rule_round_fkey' })
  round?: MentoringRoundEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'mentoring_pair_rule_mentor_fkey' })
  mentor?: PersonEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'mentoring_pair_rule_mentee_fkey' })
  mentee?: PersonEntity;

  @ManyToOne(() => PersonEntity)
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'mentoring_pair_rule_created_by_fkey' })
  createdBy?: PersonEntity;
}
