import { Injectable } from '@nestjs/common';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@kennis/errors';
import type { FacilityTeamEntity } from '../entities/facility-team.entity';
import { FacilityTeamRepository, type NewFacilityTeam } from '../repositories/facility-team.repository';
import { RoomEntity } from '../entities/room.entity';
import { RoomHasBookingsError, RoomNotFoundError } from '../errors/rooms.errors';
import { RoomBookingRepository } from '../repositories/room-booking.repository';
import { type FreeRoomQuery, type NewRoom, type RoomChanges, RoomRepository } from '../repositories/room.repository';

export type MailboxOwner = { kind: 'ROOM'; room: RoomEntity } | { kind: 'TEAM'; team: FacilityTeamEntity };

const ROOM_MANAGERS = [Role.FACILITY_MANAGER, Role.ADMIN];

/** Managing rooms and facility teams (facility managers and admins) and finding free rooms (everyone). */
@Injectable()
export class RoomsService {
  constructor(
    private readonly rooms: RoomRepository,
    private readonly bookings: RoomBookingRepository,
    private readonly facilityTeams: FacilityTeamRepository,
  ) {}

  async getRoom(id: string): Promise<RoomEntity> {
    const room = await this.rooms.findById(id);
    if (!room) throw new RoomNotFoundError(id);
    return room;
  }

  findRooms(ids: readonly string[]): Promise<RoomEntity[]> {
    return this.rooms.findByIds(ids);
  }

  /** Whose Kennis mailbox an address is: a room's or a facility team's, or nobody's. */
  async findMailboxOwner(address: string): Promise<MailboxOwner | null> {
    const room = await this.rooms.findActiveByMailbox(address);
    if (room) return { kind: 'ROOM', room };
    const team = await this.facilityTeams.findActiveByMailbox(address);
    return team ? { kind: 'TEAM', team } : null;
  }

  listRooms(site: string | null, includeRetired: boolean): Promise<RoomEntity[]> {
    return this.rooms.findAll(site, includeRetired);
  }

  findFreeRooms(query: FreeRoomQuery): Promise<RoomEntity[]> {
    if (query.endsAt <= query.startsAt) throw new BadUserInputError('endsAt', 'endsAt must be after startsAt.');
    return this.rooms.findFree(query);
  }

  createRoom(actor: Actor, room: NewRoom): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    return this.rooms.insertRoom(room);
  }

  async updateRoom(actor: Actor, id: string, changes: RoomChanges): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    const room = await this.getRoom(id);
    await this.rooms.updateRoom(id, changes, room);
    return this.getRoom(id);
  }

  async retireRoom(actor: Actor, id: string, now: Date): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    const room = await this.getRoom(id);
    const upcoming = await this.bookings.countUpcoming(id, now);
    if (upcoming > 0) throw new RoomHasBookingsError(room.name, upcoming);
    await this.rooms.retire(id);
    return this.getRoom(id);
  }

  async getFacilityTeam(id: string): Promise<FacilityTeamEntity> {
    const team = await this.facilityTeams.findById(id);
    if (!team) throw new NotFoundError('Facility team', id);
    return team;
  }

  findFacilityTeams(ids: readonly string[]): Promise<FacilityTeamEntity[]> {
    return this.facilityTeams.findByIds(ids);
  }

  listFacilityTeams(site: string | null): Promise<FacilityTeamEntity[]> {
    return this.facilityTeams.findActive(site);
  }

  createFacilityTeam(actor: Actor, team: NewFacilityTeam): Promise<FacilityTeamEntity> {
    this.assertRoomManager(actor);
    return this.facilityTeams.insertTeam(team);
  }

  private assertRoomManager(actor: Actor): void {
    if (!hasAnyRole(actor, ROOM_MANAGERS)) {
      throw new ForbiddenError('Only facility managers and admins manage rooms and facility teams.');
    }
  }
}
