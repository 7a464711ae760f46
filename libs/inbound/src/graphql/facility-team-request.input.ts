import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class ConfirmFacilityRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a facility request id' })
  requestId: string;

  @Field(() => String, { nullable: true, description: 'Told to an invited meeting\'s organizer in the ACCEPTED reply.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  message?: string;

  @Field(() => [GraphQLISODateTime], {
    nullable: true,
    description: 'Of a recurring meeting: the RECURRENCE-IDs of occurrences the team cannot serve; the REPLY declines each, with message as the reason.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ each: true })
  @ArrayMaxSize(400)
  declinedOccurrences?: Date[];
}

@InputType()
export class DeclineFacilityRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a facility request id' })
  requestId: string;

  @Field({ description: 'Why the team cannot serve it: the COMMENT of the DECLINED reply an invited meeting\'s organizer gets.' })
  @IsString()
  @Length(1, 500, { message: 'reason must say, in 1 to 500 characters, why the team declines' })
  reason: string;
}
