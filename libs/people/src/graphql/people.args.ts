import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';

const LIMIT = { message: 'limit must be from 1 to 100' };

/** A search of people or skills: the global ValidationPipe refuses a limit outside 1..100 as BAD_USER_INPUT. */
@ArgsType()
export class SearchArgs {
  /** Its bounds are those of every input string (the pipe's findStringProblem). */
  @Field()
  @IsString()
  search: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1, LIMIT)
  @Max(100, LIMIT)
  limit: number;
}
