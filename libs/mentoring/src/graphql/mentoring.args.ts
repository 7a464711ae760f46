import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** A mentor's no to a proposal, with an optional reason the admin sees. */
@ArgsType()
export class DeclineMentorMatchArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be an id such as 3f2b8c1e-6d1a-4f5e-9b7a-2c4d6e8f0a1b.' })
  matchId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'reason must be at most 500 characters.' })
  reason?: string | null;
}

/** The attribute to withdraw; the service says which names exist. */
@ArgsType()
export class ClearDiversityAttributeArgs {
  @Field()
  @IsString()
  @MaxLength(40, { message: 'attribute must be gender, age_band or background.' })
  attribute: string;
}
