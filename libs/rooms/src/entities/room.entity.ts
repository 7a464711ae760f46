import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('room')
@Unique('room_site_name_unique', ['site', 'name'])
@Index('room_resource_mailbox_unique', ['resourceMailbox'], { unique: true, where: 'active AND resource_mailbox IS NOT NULL' })
@Check('room_capacity_check', `capacity BETWEEN 1 AND 10000`)
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'room_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  site: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  equipment: string[];

  @Column({ type: 'citext', nullable: true })
  resourceMailbox: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The IANA zone of the room's site: room rules (bookable hours) and the room's mail read in it. */
  @Column({ type: 'varchar', length: 64, default: 'Europe/Amsterdam' })
  timeZone: string;
}
