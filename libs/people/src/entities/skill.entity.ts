import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One skill of the shared list. normalizedName folds case and spelling variants into one key. */
@Entity('skill')
@Unique('skill_normalized_name_unique', ['normalizedName'])
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'skill_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  normalizedName: string;
}
