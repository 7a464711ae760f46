import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ChangeSet, IsMailAddress, NullClears } from '@kennis/errors';
import { IsIanaTimeZone } from '@kennis/people';
import { FacilityKind } from '../entities/facility-team.entity';
import { RecurringConflictPolicy, Weekday } from '../services/room-rules';
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

  @Field({ nullable: true, description: 'The IANA time zone of the site; Europe/Amsterdam when left out.' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
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

  @Field({ nullable: true })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
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
export class SiteRoomBookingsInput {
  @Field()
  @IsString()
  @Length(1, 100)
  site: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive; at most 31 days after from.' })
  @IsDate()
  to: Date;
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

  @Field(() => String, { nullable: true, description: "The IANA time zone its mail and requests read in; left out, the zone of its site's rooms, or Europe/Amsterdam." })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;
}

const CLOCK = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

@InputType()
export class BookableHoursInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  weekday: Weekday;

  @Field({ description: 'HH:MM, local to the room.' })
  @Matches(CLOCK, { message: 'opens must be a time such as 08:00' })
  opens: string;

  @Field({ description: 'HH:MM, local to the room; 24:00 for the end of the day.' })
  @Matches(CLOCK, { message: 'closes must be a time such as 18:00 (or 24:00)' })
  closes: string;
}

@InputType()
export class RoomBlackoutInput {
  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Shown in refusals, e.g. "Renovation".' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

/** The whole rule set of a room: what is left out means no limit. */
@InputType()
export class SetRoomRulesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId: string;

  @Field(() => [BookableHoursInput], { defaultValue: [], description: 'Empty: any time of any day.' })
  @ValidateNested({ each: true })
  @Type(() => BookableHoursInput)
  @ArrayMaxSize(50)
  bookableHours: BookableHoursInput[];

  @Field(() => [RoomBlackoutInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => RoomBlackoutInput)
  @ArrayMaxSize(200)
  blackouts: RoomBlackoutInput[];

  @Field(() => Int, { nullable: true, description: 'Longest booking, 1 to 10080 minutes.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'maxBookingMinutes must be from 1 to 10080' })
  @Max(10080, { message: 'maxBookingMinutes must be from 1 to 10080' })
  maxBookingMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Minimum notice, 0 to 525600 minutes.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'minNoticeMinutes must be from 0 to 525600' })
  @Max(525600, { message: 'minNoticeMinutes must be from 0 to 525600' })
  minNoticeMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Booking window, 1 to 3650 days ahead.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'maxDaysAhead must be from 1 to 3650' })
  @Max(3650, { message: 'maxDaysAhead must be from 1 to 3650' })
  maxDaysAhead?: number;

  @Field({ defaultValue: true })
  @IsBoolean()
  recurringAllowed: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  requiresApproval: boolean;

  @Field(() => RecurringConflictPolicy, { defaultValue: RecurringConflictPolicy.DECLINE_ALL })
  @IsEnum(RecurringConflictPolicy)
  recurringConflicts: RecurringConflictPolicy;
}
