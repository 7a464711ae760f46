import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum FacilityKind {
  CATERING = 'CATERING',
  AV = 'AV',
  OTHER = 'OTHER',
}

/** A team that serves sessions (catering, AV); its mailbox gets the invites as a RESOURCE attendee. */
@Entity('facility_team')
@Unique('facility_team_name_unique', ['name'])
@Index('facility_team_mailbox_unique', ['mailbox'], { unique: true, where: 'active' })
@Check('facility_team_kind_check', `kind IN ('CATERING', 'AV', 'OTHER')`)
export class FacilityTeamEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'facility_team_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: FacilityKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  site: string | null;

  @Column({ type: 'citext' })
  mailbox: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The IANA zone the team works in (its site's, as a rule): its mail and its requests page read in it. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Amsterdam' })
  timeZone: string;
}
