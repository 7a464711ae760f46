import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionFacilityRequestEntity } from '@kennis/sessions';

/**
 * One occurrence of a recurring meeting that invited a facility team, by its RECURRENCE-ID (the original
 * start). The team decides the series; `declinedReason` marks an occurrence it cannot serve.
 */
@Entity('facility_request_occurrence')
@Check('facility_request_occurrence_time_check', `ends_at >= starts_at`)
export class FacilityRequestOccurrenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'facility_request_occurrence_pkey' })
  facilityRequestId: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'facility_request_occurrence_pkey' })
  recurrenceId: Date;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declinedReason: string | null;

  @ManyToOne(() => SessionFacilityRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_request_id', foreignKeyConstraintName: 'facility_request_occurrence_request_fkey' })
  request?: SessionFacilityRequestEntity;
}
