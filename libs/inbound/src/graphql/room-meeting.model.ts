import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { RoomModel } from '@kennis/rooms';

@ObjectType('RoomMeeting', { description: 'A room booked for an ordinary meeting: in Kennis (bookRoom) or by inviting the room\'s mailbox.' })
export class RoomMeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => RoomModel)
  room: RoomModel;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'ACCEPTED (booked), TENTATIVE (a facility manager decides), DECLINED or CANCELLED.' })
  status: string;

  @Field({ description: 'True when booked in Kennis (cancelRoomBooking works); false for a booking by invite (cancel it in your calendar).' })
  bookedInKennis: boolean;
}
