import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoomEquipment {
  PROJECTOR = 'PROJECTOR',
  SCREEN = 'SCREEN',
  WHITEBOARD = 'WHITEBOARD',
  VIDEO_CONFERENCING = 'VIDEO_CONFERENCING',
  MICROPHONE = 'MICROPHONE',
  SPEAKERS = 'SPEAKERS',
  FLIPCHART = 'FLIPCHART',
  KITCHEN = 'KITCHEN',
}

registerEnumType(RoomEquipment, { name: 'RoomEquipment' });

@ObjectType('Room')
export class RoomModel {
  @Field(() => ID)
  id: string;

  @Field()
  site: string;

  @Field()
  name: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => [RoomEquipment])
  equipment: RoomEquipment[];

  @Field(() => String, { nullable: true, description: 'The calendar mailbox that receives the room\'s invites.' })
  resourceMailbox: string | null;

  @Field({ description: 'False once the room is retired.' })
  active: boolean;
}
