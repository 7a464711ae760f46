import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsAfterField } from '@kennis/errors';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The person who acted; null for the system, SCIM or someone not signed in.' })
  actorId: string | null;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field({ description: 'What changed, as a JSON object.' })
  details: string;

  @Field(() => String, { nullable: true, description: 'The request it happened in, as in the logs.' })
  correlationId: string | null;
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a person id' })
  actorId?: string;

  @Field({ nullable: true, description: 'e.g. room-created, person-roles-set, mentor-match-accepted.' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  action?: string;

  @Field({ nullable: true, description: 'person, room, facility-team, session, mentoring-round, mentor-match.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  targetType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  targetId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  @IsAfterField('from')
  to?: Date;
}

