import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '@kennis/people';
import { SessionEntity } from './session.entity';

@Entity('session_skill')
@Index('session_skill_skill_index', ['skillId'])
export class SessionSkillEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_skill_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_skill_pkey' })
  skillId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_skill_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => SkillEntity)
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'session_skill_skill_fkey' })
  skill?: SkillEntity;
}
