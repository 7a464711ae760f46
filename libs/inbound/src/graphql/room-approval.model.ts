import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoomModel } from '@kennis/rooms';

export enum RoomApprovalStatusValue {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(RoomApprovalStatusValue, {
  name: 'RoomApprovalStatus',
  description: 'PENDING (the organizer got TENTATIVE), APPROVED or REFUSED (the organizer got the final REPLY), WITHDRAWN (the meeting was updated or cancelled meanwhile).',
});

@ObjectType('RoomApprovalOccurrence')
export class RoomApprovalOccurrenceModel {
  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;
}

@ObjectType('RoomApproval', { description: 'A meeting a room that requires approval holds TENTATIVE until a facility manager decides.' })
export class RoomApprovalModel {
  @Field(() => ID)
  id: string;

  @Field(() => RoomModel)
  room: RoomModel;

  @Field({ description: 'Who asked for the room: the meeting\'s organizer.' })
  organizer: string;

  @Field()
  summary: string;

  @Field(() => Int, { description: 'The SEQUENCE of the invite this decides.' })
  sequence: number;

  @Field(() => RoomApprovalStatusValue)
  status: RoomApprovalStatusValue;

  @Field(() => [RoomApprovalOccurrenceModel], { description: 'The times the room holds for it.' })
  occurrences: RoomApprovalOccurrenceModel[];

  @Field(() => GraphQLISODateTime)
  requestedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused, as the organizer was told.' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The session held in the room (organizer: its first host); null for a meeting booked by invite or in Kennis.' })
  sessionId: string | null;
}
