import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType()
export class BookRoomInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId: string;

  @Field({ description: 'What the meeting is; shown in the invites and in clashes.' })
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt: Date;

  @Field(() => Int, { defaultValue: 1, description: 'How many people come; the room must seat them.' })
  @IsInt()
  @Min(1, { message: 'seats must be from 1 to 10000' })
  @Max(10000, { message: 'seats must be from 1 to 10000' })
  seats: number;
}
