import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FacilityTeamModel } from '@kennis/rooms';
import { FacilityRequestStatusValue } from '@kennis/sessions';

@ObjectType('FacilityTeamRequestOccurrence', { description: 'One coming occurrence of a recurring meeting that invited the team.' })
export class FacilityTeamRequestOccurrenceModel {
  @Field(() => GraphQLISODateTime, { description: 'Its RECURRENCE-ID: the original start, which names it in confirmFacilityRequest.' })
  recurrenceId: Date;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Set when the team confirmed the series but cannot serve this one.' })
  declinedReason: string | null;
}

@ObjectType('FacilityTeamRequest', { description: 'What a facility team is asked to serve: a session, or a meeting that invited the team\'s mailbox.' })
export class FacilityTeamRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => FacilityTeamModel)
  team: FacilityTeamModel;

  @Field(() => FacilityRequestStatusValue)
  status: FacilityRequestStatusValue;

  @Field(() => ID, { nullable: true, description: 'The session asking; null for an invited meeting.' })
  sessionId: string | null;

  @Field({ description: 'The session\'s title or the meeting\'s SUMMARY.' })
  summary: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null for a session that has no time yet; a series\' first coming occurrence.' })
  startsAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A series\' last occurrence\'s end.' })
  endsAt: Date | null;

  @Field(() => [FacilityTeamRequestOccurrenceModel], { description: 'A recurring meeting\'s coming occurrences; empty for a single meeting or a session.' })
  occurrences: FacilityTeamRequestOccurrenceModel[];

  @Field(() => String, { nullable: true, description: 'The meeting\'s LOCATION as its organizer wrote it.' })
  location: string | null;

  @Field({ description: 'The host\'s note, or the meeting\'s DESCRIPTION.' })
  note: string;

  @Field(() => String, { nullable: true, description: 'An invited meeting\'s organizer address.' })
  organizer: string | null;

  @Field(() => String, { nullable: true, description: 'The calendar UID of an invited meeting.' })
  calendarUid: string | null;

  @Field(() => String, { nullable: true, description: 'What the newest update of an invited meeting changed.' })
  lastChange: string | null;

  @Field(() => String, { nullable: true, description: 'The team\'s reason, told to the organizer.' })
  decisionReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;
}
