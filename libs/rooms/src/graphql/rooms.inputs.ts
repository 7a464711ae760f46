import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ChangeSet, IsMailAddress, NullClears } from '@kennis/errors';
import { FacilityKind } from '../entities/facility-team.entity';
import { RoomEquipment } from './room.model';

@InputType()
export class CreateRoomInput {
  @Field()
  @IsString()
  @Length(1, 100)
  site: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'capacity must be from 1 to 10000' })
  @Max(10000, { message: 'capacity must be from 1 to 10000' })
  capacity: number;

  @Field(() => [RoomEquipment], { defaultValue: [] })
  @IsEnum(RoomEquipment, { each: true })
  @ArrayMaxSize(20)
  equipment: RoomEquipment[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMailAddress()
  resourceMailbox?: string;
}

@InputType()
@ChangeSet({ identifiedBy: ['roomId'] })
export class UpdateRoomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  site?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be from 1 to 10000' })
  @Max(10000, { message: 'capacity must be from 1 to 10000' })
  capacity?: number;

  @Field(() => [RoomEquipment], { nullable: true })
  @IsOptional()
  @IsEnum(RoomEquipment, { each: true })
  @ArrayMaxSize(20)
  equipment?: RoomEquipment[];

  @Field(() => String, { nullable: true, description: 'null removes the resource mailbox.' })
  @NullClears()
  @IsOptional()
  @IsMailAddress()
  resourceMailbox?: string;
}

@InputType()
export class FreeRoomsInput {
  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'seats must be from 1 to 10000' })
  @Max(10000, { message: 'seats must be from 1 to 10000' })
  seats: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  site?: string;
}

@InputType()
export class CreateFacilityTeamInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => FacilityKind)
  @IsEnum(FacilityKind)
  kind: FacilityKind;

  @Field(() => String, { nullable: true, description: 'The site it serves; leave out for every site.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  site?: string;

  @Field()
  @IsMailAddress()
  mailbox: string;
}
