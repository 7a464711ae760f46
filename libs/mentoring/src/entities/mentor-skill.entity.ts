import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@kennis/people';
import { MentorProfileEntity } from './mentor-profile.entity';

/** A skill a mentor offers, at the mentor's level (1 to 5, as on a profile). */
@Entity('mentor_skill')
@Check('mentor_skill_level_check', `level BETWEEN 1 AND 5`)
export class MentorSkillEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentor_skill_pkey' })
  mentorId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'mentor_skill_pkey' })
  skillId: string;

  @Column({ type: 'smallint' })
  level: number;

  @ManyToOne(() => MentorProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'mentor_skill_mentor_fkey' })
  mentor?: MentorProfileEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'mentor_skill_skill_fkey' })
  skill?: SkillEntity;
}
