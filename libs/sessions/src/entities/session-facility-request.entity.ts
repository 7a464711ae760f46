import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FacilityTeamEntity } from '@kennis/rooms';
import { SessionEntity } from './session.entity';

@Entity('session_facility_request')
@Index('session_facility_request_team_index', ['facilityTeamId'])
export class SessionFacilityRequestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_facility_request_pkey' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'session_facility_request_pkey' })
  facilityTeamId: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_facility_request_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => FacilityTeamEntity)
  @JoinColumn({ name: 'facility_team_id', foreignKeyConstraintName: 'session_facility_request_team_fkey' })
  facilityTeam?: FacilityTeamEntity;
}
