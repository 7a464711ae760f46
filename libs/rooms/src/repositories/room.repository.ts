import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { RoomEntity } from '../entities/room.entity';

export type NewRoom = Pick<RoomEntity, 'site' | 'name' | 'capacity' | 'equipment' | 'resourceMailbox'> & { timeZone?: string };
export type RoomChanges = Partial<NewRoom>;

export interface FreeRoomQuery {
  startsAt: Date;
  endsAt: Date;
  seats: number;
  site: string | null;
  /** When the search is made (the caller's Clock), for the rules' minimum notice and booking window. */
  now: Date;
}

@Injectable()
export class RoomRepository {
  constructor(@InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>) {}

  findById(id: string): Promise<RoomEntity | null> {
    return this.rooms.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<RoomEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.rooms.findBy({ id: In([...ids]) });
  }

  /** The active room whose resource mailbox this is (citext: any case); in a transaction after lockMailbox, on its manager. */
  findActiveByMailbox(address: string, manager: EntityManager = this.rooms.manager): Promise<RoomEntity | null> {
    return manager.getRepository(RoomEntity).findOneBy({ resourceMailbox: address, active: true });
  }

  /**
   * Held until the transaction ends by whoever gives a room or a team this address: the unique indexes
   * hold within one table only, so a room and a team claiming one address at once queue here.
   */
  async lockMailbox(manager: EntityManager, address: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('kennis-mailbox:' || lower($1), 0))`, [address]);
  }

  findAll(site: string | null, includeRetired: boolean): Promise<RoomEntity[]> {
    return this.rooms.find({
      where: { ...(site ? { site } : {}), ...(includeRetired ? {} : { active: true }) },
      order: { site: 'ASC', name: 'ASC' },
    });
  }

  /** Active rooms seating at least `seats` with no confirmed booking overlapping [startsAt, endsAt). */
  findFree(query: FreeRoomQuery): Promise<RoomEntity[]> {
    const builder = this.rooms
      .createQueryBuilder('room')
      .where('room.active')
      .andWhere('room.capacity >= :seats', { seats: query.seats })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM room_booking booking WHERE booking.room_id = room.id
           AND booking.status = 'CONFIRMED' AND booking.period && tstzrange(:startsAt, :endsAt, '[)'))`,
        { startsAt: query.startsAt, endsAt: query.endsAt },
      )
      .orderBy('room.capacity')
      .addOrderBy('room.site')
      .addOrderBy('room.name');
    if (query.site) builder.andWhere('room.site = :site', { site: query.site });
    return builder.getMany();
  }

  async insertRoom(manager: EntityManager, room: NewRoom): Promise<RoomEntity> {
    const rooms = manager.getRepository(RoomEntity);
    try {
      return await rooms.save(rooms.create(room));
    } catch (error) {
      throw this.duplicateNameError(error, room.site, room.name);
    }
  }

  async updateRoom(manager: EntityManager, id: string, changes: RoomChanges, current: RoomEntity): Promise<void> {
    try {
      await manager.getRepository(RoomEntity).update({ id }, changes);
    } catch (error) {
      throw this.duplicateNameError(error, changes.site ?? current.site, changes.name ?? current.name);
    }
  }

  async retire(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(RoomEntity).update({ id }, { active: false });
  }

  private duplicateNameError(error: unknown, site: string, name: string): unknown {
    if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'room_site_name_unique')) {
      return new ConflictError(`Site ${site} already has a room named ${name}. Choose another name.`, { field: 'name' });
    }
    if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'room_resource_mailbox_unique')) {
      return new ConflictError('Another active room already has this resource mailbox. Give this one an address of its own.', { field: 'resourceMailbox' });
    }
    return error;
  }
}
