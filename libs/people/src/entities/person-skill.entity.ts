import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { SkillEntity } from './skill.entity';

export enum SkillKind {
  HAS = 'HAS',
  WANTS = 'WANTS',
}

@Entity('person_skill')
@Check('person_skill_kind_check', `kind IN ('HAS', 'WANTS')`)
@Check('person_skill_level_check', `level BETWEEN 1 AND 5`)
export class PersonSkillEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'person_skill_pkey' })
  personId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'person_skill_pkey' })
  skillId: string;

  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'person_skill_pkey' })
  kind: SkillKind;

  @Column({ type: 'smallint' })
  level: number;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'person_skill_person_fkey' })
  person?: PersonEntity;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'person_skill_skill_fkey' })
  skill?: SkillEntity;
}
