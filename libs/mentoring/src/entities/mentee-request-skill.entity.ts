import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@kennis/people';
import { MenteeRequestEntity } from './mentee-request.entity';

/** A skill the mentee wants to grow in, with where they stand today (1 to 5). */
@Entity('mentee_request_skill')
@Check('mentee_request_skill_level_check', `level BETWEEN 1 AND 5`)
export class MenteeRequestSkillEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentee_request_skill_pkey' })
  requestId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentee_request_skill_pkey' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @ManyToOne(() => MenteeRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'mentee_request_skill_request_fkey' })
  request?: MenteeRequestEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'mentee_request_skill_skill_fkey' })
  skill?: SkillEntity;
}
