import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { inboundConfig, mailConfig } from '@kennis/config';
import { UnitOfWork } from '@kennis/database';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@kennis/errors';
import type { FacilityTeamEntity } from '../entities/facility-team.entity';
import { FacilityTeamRepository, type NewFacilityTeam } from '../repositories/facility-team.repository';
import { RoomEntity } from '../entities/room.entity';
import { MailboxTakenError, RoomHasBookingsError, RoomNotFoundError } from '../errors/rooms.errors';
import { RoomBookingRepository, type SiteBooking } from '../repositories/room-booking.repository';
import { RoomRulesRepository } from '../repositories/room-rules.repository';
import { clockMinutes, evaluateRoomRules, type RoomRuleSet } from './room-rules';
import { type FreeRoomQuery, type NewRoom, type RoomChanges, RoomRepository } from '../repositories/room.repository';

export type MailboxOwner = { kind: 'ROOM'; room: RoomEntity } | { kind: 'TEAM'; team: FacilityTeamEntity };

const ROOM_MANAGERS = [Role.FACILITY_MANAGER, Role.ADMIN];
/** The organisation's default zone, as for rooms: what a team of every site, or of a site without rooms, works in. */
const DEFAULT_TEAM_ZONE = 'Europe/Amsterdam';
/** A site's schedule is asked for a day or a week at a time; a month is the most one answer holds. */
const SITE_SCHEDULE_MAX_DAYS = 31;

/**
 * Managing rooms and facility teams (facility managers and admins) and finding free rooms (everyone).
 * Every change runs in a unit of work, so the audit entry of the mutation commits with it.
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly rooms: RoomRepository,
    private readonly bookings: RoomBookingRepository,
    private readonly facilityTeams: FacilityTeamRepository,
    private readonly rules: RoomRulesRepository,
    private readonly unitOfWork: UnitOfWork,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
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

  /** Rooms with enough seats, no booking in the period, and rules that allow a booking then. */
  async findFreeRooms(query: FreeRoomQuery): Promise<RoomEntity[]> {
    if (query.endsAt <= query.startsAt) throw new BadUserInputError('endsAt', 'endsAt must be after startsAt.');
    const free = await this.rooms.findFree(query);
    const rules = await this.rules.findForRooms(free.map((room) => room.id));
    const context = { now: query.now, recurring: false };
    return free.filter((room) => evaluateRoomRules(rules.get(room.id)!, room.timeZone, query, context) === null);
  }

  /** Every confirmed booking in a site's rooms in [from, to): sessions, meetings booked in Kennis or by invite. */
  findSiteBookings(site: string, from: Date, to: Date): Promise<SiteBooking[]> {
    if (to <= from) throw new BadUserInputError('to', 'to must be after from.');
    if (to.getTime() - from.getTime() > SITE_SCHEDULE_MAX_DAYS * 86_400_000) {
      throw new BadUserInputError('to', `Ask for at most ${SITE_SCHEDULE_MAX_DAYS} days at a time.`);
    }
    return this.bookings.findOfSite(site, from, to);
  }

  async getRoomRules(roomId: string): Promise<{ room: RoomEntity; rules: RoomRuleSet }> {
    const room = await this.getRoom(roomId);
    return { room, rules: (await this.rules.findForRooms([roomId])).get(roomId)! };
  }

  /** Replaces a room's rules as a whole (facility managers). Checked here as well as by the input's bounds. */
  async setRoomRules(actor: Actor, roomId: string, rules: RoomRuleSet): Promise<{ room: RoomEntity; rules: RoomRuleSet }> {
    this.assertRoomManager(actor);
    const room = await this.getRoom(roomId);
    rules.bookableHours.forEach((entry, index) => {
      if (clockMinutes(entry.opens) >= clockMinutes(entry.closes)) {
        throw new BadUserInputError(`bookableHours.${index}`, `closes (${entry.closes}) must be after opens (${entry.opens}) on ${entry.weekday}.`);
      }
    });
    rules.blackouts.forEach((blackout, index) => {
      if (new Date(blackout.endsAt) <= new Date(blackout.startsAt)) {
        throw new BadUserInputError(`blackouts.${index}`, 'A blackout\'s endsAt must be after its startsAt.');
      }
    });
    return this.unitOfWork.run(async (manager) => {
      await this.rules.replace(manager, roomId, rules);
      return { room, rules: await this.rules.findForRoom(manager, roomId) };
    });
  }

  createRoom(actor: Actor, room: NewRoom): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    return this.unitOfWork.run(async (manager) => {
      await this.assertMailboxFree(manager, 'resourceMailbox', room.resourceMailbox, null);
      return this.rooms.insertRoom(manager, room);
    });
  }

  async updateRoom(actor: Actor, id: string, changes: RoomChanges): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    const room = await this.getRoom(id);
    await this.unitOfWork.run(async (manager) => {
      if (room.active) await this.assertMailboxFree(manager, 'resourceMailbox', changes.resourceMailbox, id);
      await this.rooms.updateRoom(manager, id, changes, room);
    });
    return this.getRoom(id);
  }

  async retireRoom(actor: Actor, id: string, now: Date): Promise<RoomEntity> {
    this.assertRoomManager(actor);
    // Under the room's lock, as every booking takes it first: no booking can slip in between the count and the retirement.
    await this.unitOfWork.run(async (manager) => {
      const room = await this.bookings.lockRoom(manager, id);
      if (!room) throw new RoomNotFoundError(id);
      const upcoming = await this.bookings.countUpcoming(manager, id, now);
      if (upcoming > 0) throw new RoomHasBookingsError(room.name, upcoming);
      await this.rooms.retire(manager, id);
    });
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

  /** A team without a zone of its own works in its site's zone, or the organisation's default. */
  createFacilityTeam(actor: Actor, team: Omit<NewFacilityTeam, 'timeZone'> & { timeZone: string | null }): Promise<FacilityTeamEntity> {
    this.assertRoomManager(actor);
    return this.unitOfWork.run(async (manager) => {
      await this.assertMailboxFree(manager, 'mailbox', team.mailbox, null);
      const timeZone = team.timeZone ?? (team.site ? await this.facilityTeams.siteTimeZone(manager, team.site) : null) ?? DEFAULT_TEAM_ZONE;
      return this.facilityTeams.insertTeam(manager, { ...team, timeZone });
    });
  }

  /** Inbound mail finds its room or team by address (findMailboxOwner), so an address names one of them. */
  private async assertMailboxFree(manager: EntityManager, field: 'resourceMailbox' | 'mailbox', address: string | null | undefined, roomId: string | null): Promise<void> {
    if (!address) return;
    // Replies to every invite come to the organizer address, and Kennis sends from MAIL_FROM: a room there would book itself.
    const own = [this.inbound.organizerAddress, this.mail.fromAddress].find((kennis) => kennis.toLowerCase() === address.toLowerCase());
    if (own) throw new MailboxTakenError(field, address, 'Kennis itself (INBOUND_ORGANIZER_ADDRESS or MAIL_FROM)');
    await this.rooms.lockMailbox(manager, address);
    const room = await this.rooms.findActiveByMailbox(address, manager);
    if (room && room.id !== roomId) throw new MailboxTakenError(field, address, `room ${room.name} (${room.site})`);
    const team = await this.facilityTeams.findActiveByMailbox(address, manager);
    if (team) throw new MailboxTakenError(field, address, `facility team ${team.name}`);
  }

  private assertRoomManager(actor: Actor): void {
    if (!hasAnyRole(actor, ROOM_MANAGERS)) {
      throw new ForbiddenError('Only facility managers and admins manage rooms and facility teams.');
    }
  }
}
