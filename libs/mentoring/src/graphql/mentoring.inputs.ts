import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAtLeastField } from '@kennis/errors';

const LANGUAGE = /^[A-Za-z]{2,3}$/;
const LANGUAGE_MESSAGE = { each: true, message: 'each language must be a code such as nl or en' };

@InputType()
export class LevelledSkillInput {
  @Field()
  @IsString()
  @Length(1, 100, { message: 'a skill name must be 1 to 100 characters' })
  name: string;

  @Field(() => Int, { description: '1 (novice) to 5 (expert).' })
  @IsInt()
  @Min(1, { message: 'level must be from 1 to 5' })
  @Max(5, { message: 'level must be from 1 to 5' })
  level: number;
}

@InputType()
export class MentorProfileInput {
  @Field(() => Int, { description: 'How many mentees at once, 1 to 20.' })
  @IsInt()
  @Min(1, { message: 'capacity must be from 1 to 20' })
  @Max(20, { message: 'capacity must be from 1 to 20' })
  capacity: number;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'give at least one language' })
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, LANGUAGE_MESSAGE)
  languages: string[];

  @Field(() => Int, { description: 'Years of working experience.' })
  @IsInt()
  @Min(0, { message: 'seniorityYears must be from 0 to 60' })
  @Max(60, { message: 'seniorityYears must be from 0 to 60' })
  seniorityYears: number;

  @Field({ defaultValue: true, description: 'false pauses the profile: no new proposals.' })
  @IsBoolean()
  active: boolean;

  @Field(() => [LevelledSkillInput])
  @ArrayMinSize(1, { message: 'offer at least one skill' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LevelledSkillInput)
  skillsOffered: LevelledSkillInput[];
}

@InputType()
export class MenteeRequestInput {
  @Field({ defaultValue: '', description: 'Your goals in your own words, at most 2000 characters.' })
  @IsString()
  @MaxLength(2000, { message: 'goals must be at most 2000 characters' })
  goals: string;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'give at least one language' })
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, LANGUAGE_MESSAGE)
  languages: string[];

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'seniorityYears must be from 0 to 60' })
  @Max(60, { message: 'seniorityYears must be from 0 to 60' })
  seniorityYears: number;

  @Field(() => [LevelledSkillInput], { description: 'Skills you want to grow in, each with your level today.' })
  @ArrayMinSize(1, { message: 'name at least one skill you want' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LevelledSkillInput)
  skillsWanted: LevelledSkillInput[];

  @Field({ defaultValue: false })
  @IsBoolean()
  prefersOtherDepartment: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  prefersOtherSite: boolean;

  @Field({ defaultValue: false, description: 'Counts only when you and the mentor both declared a gender.' })
  @IsBoolean()
  prefersSameGender: boolean;
}

@InputType()
export class DiversityAttributeInput {
  @Field({ description: 'gender, age_band or background.' })
  @IsString()
  @Length(1, 40)
  attribute: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'value must be 1 to 100 characters' })
  value: string;

  @Field({ description: 'Must be true: you agree that the matching uses this attribute.' })
  @IsBoolean()
  consent: boolean;
}

const WEIGHT_MESSAGE = { message: 'weights must be from 0 to 1000' };

@InputType()
export class CriterionWeightsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'skillFit must weigh from 1 to 1000' })
  @Max(1000, { message: 'skillFit must weigh from 1 to 1000' })
  skillFit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, WEIGHT_MESSAGE)
  @Max(1000, WEIGHT_MESSAGE)
  acrossDepartments?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, WEIGHT_MESSAGE)
  @Max(1000, WEIGHT_MESSAGE)
  acrossSites?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, WEIGHT_MESSAGE)
  @Max(1000, WEIGHT_MESSAGE)
  seniorityGap?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, WEIGHT_MESSAGE)
  @Max(1000, WEIGHT_MESSAGE)
  differentBackground?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, WEIGHT_MESSAGE)
  @Max(1000, WEIGHT_MESSAGE)
  menteePreferences?: number;
}

@InputType()
export class RoundTargetsInput {
  @Field({ nullable: true, description: 'The attribute that forms the groups, e.g. gender.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  groupAttribute?: string;

  @Field(() => Float, { nullable: true, description: "Each group's match rate at least this share (0 to 1) of the overall rate." })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'minGroupRateShare must be from 0 to 1' })
  @Max(1, { message: 'minGroupRateShare must be from 0 to 1' })
  minGroupRateShare?: number;

  @Field(() => Float, { nullable: true, description: 'At least this share (0 to 1) of pairs across departments.' })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: 'minAcrossDepartmentsShare must be from 0 to 1' })
  @Max(1, { message: 'minAcrossDepartmentsShare must be from 0 to 1' })
  minAcrossDepartmentsShare?: number;
}

@InputType()
export class OpenRoundInput {
  @Field()
  @IsString()
  @Length(3, 200, { message: 'name must be 3 to 200 characters' })
  name: string;

  @Field(() => GraphQLISODateTime, { description: 'Mentee requests are taken until then.' })
  @IsDate()
  deadline: Date;

  @Field(() => CriterionWeightsInput, { nullable: true, description: 'Weights left out keep their defaults.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CriterionWeightsInput)
  weights?: CriterionWeightsInput;

  @Field(() => Int, { defaultValue: 2 })
  @IsInt()
  @Min(0, { message: 'seniorityGapMin must be from 0 to 60' })
  @Max(60, { message: 'seniorityGapMin must be from 0 to 60' })
  seniorityGapMin: number;

  @Field(() => Int, { defaultValue: 15 })
  @IsInt()
  @Min(0, { message: 'seniorityGapMax must be from 0 to 60' })
  @Max(60, { message: 'seniorityGapMax must be from 0 to 60' })
  @IsAtLeastField('seniorityGapMin', { message: 'seniorityGapMax must be at least seniorityGapMin.' })
  seniorityGapMax: number;

  @Field(() => RoundTargetsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoundTargetsInput)
  targets?: RoundTargetsInput;

  @Field(() => [String], { defaultValue: [], description: 'Departments that may take part; empty: all.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  departments: string[];

  @Field(() => [String], { defaultValue: [], description: 'Sites that may take part; empty: all.' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sites: string[];

  @Field({ defaultValue: false, description: 'Publish the proposal as soon as a run finishes.' })
  @IsBoolean()
  autoPublish: boolean;

  @Field(() => Int, { defaultValue: 7, description: 'Days a mentor has to answer, 1 to 60.' })
  @IsInt()
  @Min(1, { message: 'responseDays must be from 1 to 60' })
  @Max(60, { message: 'responseDays must be from 1 to 60' })
  responseDays: number;

  @Field(() => Int, { defaultValue: 90, description: 'Days an accepted match runs before it completes and both give feedback, 1 to 730.' })
  @IsInt()
  @Min(1, { message: 'matchDurationDays must be from 1 to 730' })
  @Max(730, { message: 'matchDurationDays must be from 1 to 730' })
  matchDurationDays: number;
}

@InputType()
export class MoveMentorMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a match id' })
  matchId: string;

  @Field(() => GraphQLISODateTime, { description: 'The new start; the meeting keeps its length.' })
  @IsDate({ message: 'startsAt must be a date and time, e.g. 2030-03-02T13:00:00Z' })
  startsAt: Date;
}

@InputType()
export class LogMentoringMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a match id' })
  matchId: string;

  @Field(() => GraphQLISODateTime, { description: 'When you met; not in the future.' })
  @IsDate({ message: 'heldAt must be a date and time, e.g. 2030-03-02T13:00:00Z' })
  heldAt: Date;

  @Field(() => Int, { description: 'How long, 5 to 480 minutes.' })
  @IsInt()
  @Min(5, { message: 'durationMinutes must be from 5 to 480' })
  @Max(480, { message: 'durationMinutes must be from 5 to 480' })
  durationMinutes: number;

  @Field({ defaultValue: '', description: 'What you talked about, up to 1000 characters; seen by the two of you and admins.' })
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note: string;
}

@InputType()
export class GiveMentoringFeedbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a match id' })
  matchId: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1, { message: 'rating must be from 1 to 5' })
  @Max(5, { message: 'rating must be from 1 to 5' })
  rating: number;

  @Field({ defaultValue: '', description: 'Up to 2000 characters; yours alone.' })
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment: string;
}
