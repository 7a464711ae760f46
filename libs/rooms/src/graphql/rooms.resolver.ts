import { Clock } from '@kennis/config';
import { ParseIdPipe } from '@kennis/errors';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { RoomsService } from '../services/rooms.service';
import type { RoomEntity } from '../entities/room.entity';
import type { RoomRuleSet } from '../services/room-rules';
import { FacilityTeamModel, RoomModel, RoomRulesModel, SiteRoomBookingModel } from './room.model';
import { CreateFacilityTeamInput, CreateRoomInput, FreeRoomsInput, SetRoomRulesInput, SiteRoomBookingsInput, UpdateRoomInput } from './rooms.inputs';

function rulesModel({ room, rules }: { room: RoomEntity; rules: RoomRuleSet }): RoomRulesModel {
  return {
    roomId: room.id,
    timeZone: room.timeZone,
    ...rules,
    blackouts: rules.blackouts.map((blackout) => ({ startsAt: new Date(blackout.startsAt), endsAt: new Date(blackout.endsAt), reason: blackout.reason })),
  };
}

@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(
    private readonly roomsService: RoomsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [RoomModel])
  rooms(
    @Args('site', { type: () => String, nullable: true }) site: string | null,
    @Args('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<RoomModel[]> {
    return this.roomsService.listRooms(site ?? null, includeRetired) as Promise<RoomModel[]>;
  }

  @Query(() => RoomModel)
  room(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<RoomModel> {
    return this.roomsService.getRoom(id) as Promise<RoomModel>;
  }

  @Query(() => [RoomModel], { description: 'Active rooms with enough seats, no booking in [startsAt, endsAt), and rules that allow booking it then.' })
  freeRooms(@Args('input') input: FreeRoomsInput): Promise<RoomModel[]> {
    return this.roomsService.findFreeRooms({ ...input, site: input.site ?? null, now: this.clock.now() }) as Promise<RoomModel[]>;
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Query(() => [SiteRoomBookingModel], { description: 'A site\'s schedule: every confirmed booking of its rooms in [from, to), sessions and meetings alike.' })
  siteRoomBookings(@Args('input') input: SiteRoomBookingsInput): Promise<SiteRoomBookingModel[]> {
    return this.roomsService.findSiteBookings(input.site, input.from, input.to);
  }

  @Query(() => RoomRulesModel, { description: 'A room\'s booking rules; a room nobody set rules for has none (any time, no limits).' })
  async roomRules(@Args('roomId', { type: () => ID }, ParseIdPipe) roomId: string): Promise<RoomRulesModel> {
    return rulesModel(await this.roomsService.getRoomRules(roomId));
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomRulesModel, { description: 'Replaces a room\'s booking rules as a whole; what is left out means no limit. Existing bookings stay.' })
  async setRoomRules(@CurrentActor() actor: Actor, @Args('input') input: SetRoomRulesInput): Promise<RoomRulesModel> {
    const { roomId, ...rules } = input;
    return rulesModel(
      await this.roomsService.setRoomRules(actor, roomId, {
        bookableHours: rules.bookableHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
        blackouts: rules.blackouts.map((blackout) => ({ startsAt: blackout.startsAt.toISOString(), endsAt: blackout.endsAt.toISOString(), reason: blackout.reason ?? null })),
        maxBookingMinutes: rules.maxBookingMinutes ?? null,
        minNoticeMinutes: rules.minNoticeMinutes ?? null,
        maxDaysAhead: rules.maxDaysAhead ?? null,
        recurringAllowed: rules.recurringAllowed,
        requiresApproval: rules.requiresApproval,
        recurringConflicts: rules.recurringConflicts,
      }),
    );
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomModel)
  createRoom(@CurrentActor() actor: Actor, @Args('input') input: CreateRoomInput): Promise<RoomModel> {
    return this.roomsService.createRoom(actor, { ...input, resourceMailbox: input.resourceMailbox ?? null }) as Promise<RoomModel>;
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomModel)
  updateRoom(@CurrentActor() actor: Actor, @Args('input') input: UpdateRoomInput): Promise<RoomModel> {
    const { roomId, ...changes } = input;
    return this.roomsService.updateRoom(actor, roomId, changes) as Promise<RoomModel>;
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomModel, { description: 'Takes a room out of use; it must have no upcoming bookings.' })
  retireRoom(@CurrentActor() actor: Actor, @Args('roomId', { type: () => ID }, ParseIdPipe) roomId: string): Promise<RoomModel> {
    return this.roomsService.retireRoom(actor, roomId, this.clock.now()) as Promise<RoomModel>;
  }

  @Query(() => [FacilityTeamModel], { description: 'Facility teams a host can ask for (catering, AV).' })
  facilityTeams(@Args('site', { type: () => String, nullable: true }) site: string | null): Promise<FacilityTeamModel[]> {
    return this.roomsService.listFacilityTeams(site ?? null);
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => FacilityTeamModel)
  createFacilityTeam(@CurrentActor() actor: Actor, @Args('input') input: CreateFacilityTeamInput): Promise<FacilityTeamModel> {
    return this.roomsService.createFacilityTeam(actor, { ...input, site: input.site ?? null, timeZone: input.timeZone ?? null });
  }
}
