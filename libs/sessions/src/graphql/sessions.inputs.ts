import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ChangeSet, IsAfterField, NullClears } from '@kennis/errors';
import { SessionFormat, SessionLevel, SessionStatus } from '../entities/session.entity';

const URL_OPTIONS = { protocols: ['https', 'http'], require_protocol: true };
const URL_MESSAGE = { message: 'onlineUrl must be an http(s) link such as https://meet.example.com/abc' };

@InputType()
export class ProposeSessionInput {
  @Field()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters' })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description: string;

  @Field(() => SessionFormat)
  @IsEnum(SessionFormat)
  format: SessionFormat;

  @Field(() => SessionLevel, { defaultValue: SessionLevel.BEGINNER })
  @IsEnum(SessionLevel)
  level: SessionLevel;

  @Field({ description: 'nl or en.' })
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language: 'nl' | 'en';

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'capacity must be from 1 to 10000' })
  @Max(10000, { message: 'capacity must be from 1 to 10000' })
  capacity: number;

  @Field(() => Int)
  @IsInt()
  @Min(5, { message: 'durationMinutes must be from 5 to 1440' })
  @Max(1440, { message: 'durationMinutes must be from 5 to 1440' })
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  @MaxLength(500)
  onlineUrl?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each skill must be 1 to 100 characters' })
  @ArrayMaxSize(20)
  skills: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Hosts besides you.' })
  @IsUUID('all', { each: true, message: 'coHostIds must be person ids' })
  @ArrayMaxSize(10)
  coHostIds: string[];
}

@InputType()
@ChangeSet({ identifiedBy: ['sessionId'] })
export class UpdateSessionDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'description must be at most 10000 characters' })
  description?: string;

  @Field(() => SessionFormat, { nullable: true })
  @IsOptional()
  @IsEnum(SessionFormat)
  format?: SessionFormat;

  @Field(() => SessionLevel, { nullable: true })
  @IsOptional()
  @IsEnum(SessionLevel)
  level?: SessionLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en';

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be from 1 to 10000' })
  @Max(10000, { message: 'capacity must be from 1 to 10000' })
  capacity?: number;

  @Field(() => String, { nullable: true, description: 'null removes the online link.' })
  @NullClears()
  @IsOptional()
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  @MaxLength(500)
  onlineUrl?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each skill must be 1 to 100 characters' })
  @ArrayMaxSize(20)
  skills?: string[];
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => ID, { nullable: true, description: 'The room to book; leave out for an online-only session.' })
  @IsOptional()
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, URL_MESSAGE)
  @MaxLength(500)
  onlineUrl?: string;
}

@InputType()
export class MoveSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId: string;
}

@InputType()
export class UpcomingSessionsFilter {
  @Field(() => [SessionStatus], { defaultValue: [SessionStatus.SCHEDULED] })
  @IsEnum(SessionStatus, { each: true })
  @ArrayMaxSize(4)
  statuses: SessionStatus[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start at or after; default now.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start before.' })
  @IsOptional()
  @IsDate()
  @IsAfterField('from')
  to?: Date;

  @Field(() => [SessionFormat], { defaultValue: [] })
  @IsEnum(SessionFormat, { each: true })
  @ArrayMaxSize(5)
  formats: SessionFormat[];

  @Field(() => [String], { defaultValue: [] })
  @IsIn(['nl', 'en'], { each: true, message: 'languages must be nl or en' })
  @ArrayMaxSize(2)
  languages: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  site?: string;

  @Field({ nullable: true, description: 'A skill name, in any case or spelling variant.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  skill?: string;

  @Field({ nullable: true, description: 'Words in the title or description.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;
}

@InputType()
export class RequestFacilityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'facilityTeamId must be a facility team id' })
  facilityTeamId: string;

  @Field({ defaultValue: '', description: 'What the team should know, e.g. "lunch for 12, two vegetarian".' })
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note: string;
}
