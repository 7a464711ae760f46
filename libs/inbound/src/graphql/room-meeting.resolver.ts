import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { ParseIdPipe } from '@kennis/errors';
import type { RoomModel } from '@kennis/rooms';
import { KENNIS_ROOM_MEETING_UID, RoomMeetingService, type RoomMeetingView } from '../services/room-meeting.service';
import { BookRoomInput } from './room-meeting.input';
import { RoomMeetingModel } from './room-meeting.model';

function model({ record, room }: RoomMeetingView): RoomMeetingModel {
  return {
    id: record.id,
    room: room as RoomModel,
    title: record.summary,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    status: record.partstat,
    bookedInKennis: KENNIS_ROOM_MEETING_UID.test(record.calendarUid),
  };
}

@Resolver(() => RoomMeetingModel)
export class RoomMeetingResolver {
  constructor(
    private readonly meetings: RoomMeetingService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RoomMeetingModel, {
    description: 'Books a room for an ordinary meeting, under the room\'s rules; you and the room\'s mailbox get the invite. A clash is CONFLICT, a broken rule BAD_USER_INPUT naming it.',
  })
  async bookRoom(@CurrentActor() actor: Actor, @Args('input') input: BookRoomInput): Promise<RoomMeetingModel> {
    return model(await this.meetings.book(actor, input, this.clock.now()));
  }

  @Mutation(() => RoomMeetingModel, { description: 'Releases a room you booked in Kennis; you and the room\'s mailbox get the cancellation.' })
  async cancelRoomBooking(@CurrentActor() actor: Actor, @Args('bookingId', { type: () => ID }, ParseIdPipe) bookingId: string): Promise<RoomMeetingModel> {
    return model(await this.meetings.cancel(actor, bookingId));
  }

  @Query(() => [RoomMeetingModel], { description: 'Your coming room bookings, made in Kennis or by inviting a room\'s mailbox.' })
  async myRoomBookings(@CurrentActor() actor: Actor): Promise<RoomMeetingModel[]> {
    return (await this.meetings.listMine(actor, this.clock.now())).map(model);
  }
}
