import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { MentoringRoundEntity } from './mentoring-round.entity';

/** A person asking for a mentor in one round. */
@Entity('mentee_request')
@Unique('mentee_request_round_person_unique', ['roundId', 'personId'])
@Check('mentee_request_goals_length_check', `char_length(goals) <= 2000`)
@Check('mentee_request_languages_check', `cardinality(languages) BETWEEN 1 AND 10`)
@Check('mentee_request_seniority_check', `seniority_years BETWEEN 0 AND 60`)
export class MenteeRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mentee_request_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => MentoringRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'mentee_request_round_fkey' })
  round?: MentoringRoundEntity;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'mentee_request_person_fkey' })
  person?: PersonEntity;

  /** In the mentee's own words. */
  @Column({ type: 'text', default: '' })
  goals: string;

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'smallint' })
  seniorityYears: number;

  @Column({ type: 'boolean', default: false })
  prefersOtherDepartment: boolean;

  @Column({ type: 'boolean', default: false })
  prefersOtherSite: boolean;

  @Column({ type: 'boolean', default: false })
  prefersSameGender: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
