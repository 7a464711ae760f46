import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FacilityKind } from '../entities/facility-team.entity';

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
registerEnumType(FacilityKind, { name: 'FacilityKind' });

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

@ObjectType('FacilityTeam', { description: 'Catering, AV or another team; its mailbox gets invites as a RESOURCE attendee.' })
export class FacilityTeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FacilityKind)
  kind: FacilityKind;

  @Field(() => String, { nullable: true })
  site: string | null;

  @Field()
  mailbox: string;
}
