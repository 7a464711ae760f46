import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@kennis/people';

/** The attributes a person may declare; the matching and the insights know no others. */
export const DIVERSITY_ATTRIBUTE_NAMES = ['gender', 'age_band', 'background'] as const;
export type DiversityAttributeName = (typeof DIVERSITY_ATTRIBUTE_NAMES)[number];

/**
 * Self-declared and given with consent. Read only by the person themself and by the matching run;
 * admins see counts over groups of at least five. No GraphQL type but the person's own exposes it.
 */
@Entity('diversity_attribute')
@Check('diversity_attribute_name_check', `attribute IN ('gender', 'age_band', 'background')`)
@Check('diversity_attribute_value_check', `char_length(value) BETWEEN 1 AND 100`)
export class DiversityAttributeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'diversity_attribute_pkey' })
  personId: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'diversity_attribute_pkey' })
  attribute: DiversityAttributeName;

  @Column({ type: 'varchar', length: 100 })
  value: string;

  @Column({ type: 'timestamptz' })
  consentGivenAt: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'diversity_attribute_person_fkey' })
  person?: PersonEntity;
}
