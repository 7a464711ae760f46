import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Role } from '@kennis/auth';
import { ChangeSet, IsMailAddress } from '@kennis/errors';
import { SkillKind } from '../entities/person-skill.entity';
import { IsIanaTimeZone } from '../services/time-zone';

@InputType()
export class CreatePersonInput {
  @Field()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field()
  @IsString()
  @Length(1, 100)
  department: string;

  @Field()
  @IsString()
  @Length(1, 100)
  site: string;

  @Field()
  @IsIanaTimeZone()
  timeZone: string;

  @Field({ description: 'nl or en.' })
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language: 'nl' | 'en';

  @Field()
  @IsString()
  @Length(1, 150)
  jobTitle: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a person id' })
  managerId?: string;

  @Field(() => [Role], { defaultValue: [Role.EMPLOYEE] })
  @IsEnum(Role, { each: true })
  @ArrayMaxSize(3)
  roles: Role[];
}

@InputType()
@ChangeSet({ identifiedBy: [] })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  department?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  site?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['nl', 'en'], { message: 'language must be nl or en' })
  language?: 'nl' | 'en';

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 150)
  jobTitle?: string;
}

@InputType({ description: 'Admins only: the reporting line otherwise comes from the identity provider.' })
export class SetManagerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId: string;

  @Field(() => ID, { nullable: true, description: 'null: reports to nobody.' })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a person id' })
  managerId?: string | null;
}

@InputType()
export class SetSkillInput {
  @Field()
  @IsString()
  @Length(1, 100)
  skillName: string;

  @Field(() => SkillKind)
  @IsEnum(SkillKind)
  kind: SkillKind;

  @Field(() => Int, { description: '1 (novice) to 5 (expert).' })
  @IsInt()
  @Min(1, { message: 'level must be from 1 to 5' })
  @Max(5, { message: 'level must be from 1 to 5' })
  level: number;
}

@InputType()
export class RemoveSkillInput {
  @Field()
  @IsString()
  @Length(1, 100)
  skillName: string;

  @Field(() => SkillKind)
  @IsEnum(SkillKind)
  kind: SkillKind;
}

@InputType()
export class SetRolesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId: string;

  @Field(() => [Role])
  @IsEnum(Role, { each: true })
  @ArrayMaxSize(3)
  roles: Role[];
}

@InputType()
export class WorkingDayInput {
  @Field(() => Int, { description: '1 Monday ... 7 Sunday.' })
  @IsInt()
  @Min(1, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  weekday: number;

  @Field({ description: 'Local time in your zone, e.g. 09:00.' })
  @IsString()
  @Length(5, 5, { message: 'start must be a time like 09:00' })
  start: string;

  @Field({ description: 'Local time in your zone, e.g. 17:00.' })
  @IsString()
  @Length(5, 5, { message: 'end must be a time like 17:00' })
  end: string;
}
