import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { ParseIdPipe } from '@kennis/errors';
import { UpcomingSessionsFilter } from './sessions.inputs';

export const SessionIdArgs = ['sessionId', { type: () => ID }, ParseIdPipe] as const;

const PAGE = { message: 'first must be from 1 to 100' };

/** A page of a session list: the global ValidationPipe refuses a size outside 1..100 as BAD_USER_INPUT on first. */
@ArgsType()
export class SessionPageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1, PAGE)
  @Max(100, PAGE)
  first: number;
}

/** Failed messages come 50 to a page by default. */
@ArgsType()
export class MessagePageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, PAGE)
  @Max(100, PAGE)
  first: number;
}

/** The discovery list: what to show (its from..to range checked in the filter class), and which page. */
@ArgsType()
export class UpcomingSessionsArgs extends SessionPageArgs {
  @Field(() => UpcomingSessionsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UpcomingSessionsFilter)
  filter?: UpcomingSessionsFilter | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}
