import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { FacilityTeamEntity } from '@kennis/rooms';
import { SessionEntity } from './session.entity';

export type FacilityRequestStatus = 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED';

/**
 * A facility team (catering, AV) asked to serve a session, or a meeting that invited the team's mailbox
 * from any calendar: exactly one of the two (session_facility_request_one_subject). The team confirms or
 * declines it in Kennis; `version` grows with every change, so mail written for an older state is stale.
 */
@Entity('session_facility_request')
@Index('session_facility_request_team_index', ['facilityTeamId'])
@Unique('session_facility_request_session_team_unique', ['sessionId', 'facilityTeamId'])
@Index('session_facility_request_meeting_unique', ['facilityTeamId', 'calendarUid'], { unique: true, where: `calendar_uid IS NOT NULL` })
@Check('session_facility_request_status_check', `status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED')`)
@Check(
  'session_facility_request_one_subject',
  `(session_id IS NOT NULL AND calendar_uid IS NULL AND sequence IS NULL AND organizer_address IS NULL
            AND summary IS NULL AND starts_at IS NULL AND ends_at IS NULL)
          OR (session_id IS NULL AND calendar_uid IS NOT NULL AND sequence IS NOT NULL AND organizer_address IS NOT NULL
            AND summary IS NOT NULL AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at >= starts_at)`,
)
export class SessionFacilityRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_facility_request_pkey' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'uuid' })
  facilityTeamId: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** The invited meeting: the organizer's UID and SEQUENCE, and what the invite said. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  calendarUid: string | null;

  @Column({ type: 'integer', nullable: true })
  sequence: number | null;

  @Column({ type: 'citext', nullable: true })
  organizerAddress: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  summary: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  location: string | null;

  /** The Message-ID of the newest invite, so the team's REPLY threads under it. */
  @Column({ type: 'varchar', length: 998, nullable: true })
  inReplyTo: string | null;

  /** What the newest update of the invited meeting changed, in words, for the team's notice. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  lastChange: string | null;

  @Column({ type: 'varchar', length: 10, default: 'REQUESTED' })
  status: FacilityRequestStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'session_facility_request_decided_by_fkey' })
  decidedBy?: PersonEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  version: number;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_facility_request_session_fkey' })
  session?: SessionEntity;

  @ManyToOne(() => FacilityTeamEntity)
  @JoinColumn({ name: 'facility_team_id', foreignKeyConstraintName: 'session_facility_request_team_fkey' })
  facilityTeam?: FacilityTeamEntity;
}
