import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class RefuseRoomBookingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'approvalId must be a room approval id' })
  approvalId: string;

  @Field(() => String, { nullable: true, description: 'Told to the organizer in the DECLINED reply.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
