import { ParseIdPipe } from '@kennis/errors';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { RoomsService } from '../services/rooms.service';
import { FacilityTeamModel, RoomModel } from './room.model';
import { CreateFacilityTeamInput, CreateRoomInput, FreeRoomsInput, UpdateRoomInput } from './rooms.inputs';

@Resolver(() => RoomModel)
export class RoomsResolver {
  constructor(private readonly roomsService: RoomsService) {}

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

  @Query(() => [RoomModel], { description: 'Active rooms with enough seats and no booking in [startsAt, endsAt).' })
  freeRooms(@Args('input') input: FreeRoomsInput): Promise<RoomModel[]> {
    return this.roomsService.findFreeRooms({ ...input, site: input.site ?? null }) as Promise<RoomModel[]>;
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
    return this.roomsService.retireRoom(actor, roomId, new Date()) as Promise<RoomModel>;
  }

  @Query(() => [FacilityTeamModel], { description: 'Facility teams a host can ask for (catering, AV).' })
  facilityTeams(@Args('site', { type: () => String, nullable: true }) site: string | null): Promise<FacilityTeamModel[]> {
    return this.roomsService.listFacilityTeams(site ?? null);
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => FacilityTeamModel)
  createFacilityTeam(@CurrentActor() actor: Actor, @Args('input') input: CreateFacilityTeamInput): Promise<FacilityTeamModel> {
    return this.roomsService.createFacilityTeam(actor, { ...input, site: input.site ?? null });
  }
}
