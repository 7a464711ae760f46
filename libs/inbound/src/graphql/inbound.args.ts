import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { InboundStatusValue } from './inbound-message.model';

const PAGE = { message: 'first must be from 1 to 500.' };

/** A page of received mail, optionally of one status. */
@ArgsType()
export class InboundMessagesArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, PAGE)
  @Max(500, PAGE)
  first: number;

  @Field(() => InboundStatusValue, { nullable: true })
  @IsOptional()
  @IsEnum(InboundStatusValue)
  status?: InboundStatusValue | null;
}
