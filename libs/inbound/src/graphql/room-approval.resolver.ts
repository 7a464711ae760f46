import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, RequireRoles, Role } from '@kennis/auth';
import { ParseIdPipe } from '@kennis/errors';
import type { RoomModel } from '@kennis/rooms';
import { RoomApprovalService, type RoomApprovalView } from '../services/room-approval.service';
import { RoomApprovalModel, type RoomApprovalStatusValue } from './room-approval.model';
import { RefuseRoomBookingInput } from './room-approval.input';

function model(view: RoomApprovalView): RoomApprovalModel {
  return { ...view, room: view.room as RoomModel, status: view.status as RoomApprovalStatusValue };
}

@Resolver(() => RoomApprovalModel)
export class RoomApprovalResolver {
  constructor(private readonly approvals: RoomApprovalService) {}

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Query(() => [RoomApprovalModel], { description: 'Meetings held TENTATIVE in rooms that require approval, oldest first.' })
  async pendingRoomApprovals(@CurrentActor() actor: Actor): Promise<RoomApprovalModel[]> {
    return (await this.approvals.listPending(actor)).map(model);
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomApprovalModel, { description: 'Confirms the held booking; the organizer gets the room\'s REPLY ACCEPTED.' })
  async approveRoomBooking(@CurrentActor() actor: Actor, @Args('approvalId', { type: () => ID }, ParseIdPipe) approvalId: string): Promise<RoomApprovalModel> {
    return model(await this.approvals.approve(actor, approvalId));
  }

  @RequireRoles(Role.FACILITY_MANAGER, Role.ADMIN)
  @Mutation(() => RoomApprovalModel, { description: 'Releases the held booking; the organizer gets the room\'s REPLY DECLINED with the reason.' })
  async refuseRoomBooking(@CurrentActor() actor: Actor, @Args('input') input: RefuseRoomBookingInput): Promise<RoomApprovalModel> {
    return model(await this.approvals.refuse(actor, input.approvalId, input.reason ?? null));
  }
}
