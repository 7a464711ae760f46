import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@kennis/people';
import { FacilityTeamModel } from '@kennis/rooms';
import { RegistrationStatus } from '../entities/registration.entity';
import { SessionFormat, SessionLevel, SessionStatus } from '../entities/session.entity';

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(SessionFormat, { name: 'SessionFormat' });
registerEnumType(SessionLevel, { name: 'SessionLevel' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

@ObjectType('Registration')
export class RegistrationModel {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: '1-based place on the waitlist; null with a seat.' })
  waitlistPosition: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  personId: string;
  sessionId: string;
}

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => SessionFormat)
  format: SessionFormat;

  @Field(() => SessionLevel)
  level: SessionLevel;

  @Field({ description: 'nl or en.' })
  language: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt: Date | null;

  @Field(() => Int)
  seatsTaken: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "Set while the room awaits a facility manager's approval: the session is held there, still PROPOSED, and scheduled (with its invites) once approved.",
  })
  roomApprovalRequestedAt?: Date | null;

  roomId: string | null;
}

@ObjectType('SessionEdge')
export class SessionEdgeModel {
  @Field()
  cursor: string;

  @Field(() => SessionModel)
  node: SessionModel;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('SessionConnection')
export class SessionConnectionModel {
  @Field(() => [SessionEdgeModel])
  edges: SessionEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
}

@ObjectType('JoinResult')
export class JoinResultModel {
  @Field(() => SessionModel)
  session: SessionModel;

  @Field(() => RegistrationModel)
  registration: RegistrationModel;
}

@ObjectType('Attendee')
export class AttendeeModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => RegistrationModel)
  registration: RegistrationModel;
}

@ObjectType('SessionMessage', { description: 'One mail about a session to one recipient, and how its delivery went.' })
export class SessionMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field({ description: 'INVITE, UPDATE, CANCELLATION, SEAT_GRANTED, WAITLISTED, REMINDER, LEFT or REMINDER_SCHEDULE.' })
  kind: string;

  @Field(() => String, {
    nullable: true,
    description: 'The mail address it went to; null for a REMINDER_SCHEDULE, which is no mail but the plan that sends each attendee a REMINDER at dueAt (PENDING until then).',
  })
  recipient: string | null;

  @Field({ description: 'PENDING, DONE, SKIPPED (no longer relevant) or FAILED (admins can retry).' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  processedAt: Date | null;
}

export enum FacilityRequestStatusValue {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(FacilityRequestStatusValue, {
  name: 'FacilityRequestStatus',
  description: "REQUESTED (waiting for the team; an invited meeting's organizer got TENTATIVE), CONFIRMED, DECLINED, CANCELLED (the organizer cancelled the meeting).",
});

@ObjectType('FacilityRequest')
export class FacilityRequestModel {
  @Field(() => ID, { description: 'The id facility managers confirm or decline it by (confirmFacilityRequest, declineFacilityRequest).' })
  id: string;

  @Field(() => FacilityTeamModel)
  team: FacilityTeamModel;

  @Field(() => FacilityRequestStatusValue, { description: "The team's answer." })
  status: FacilityRequestStatusValue;

  @Field(() => String, { nullable: true, description: 'The team\'s reason, when it gave one.' })
  decisionReason: string | null;

  @Field(() => String, { nullable: true, description: "Seen by the session's hosts, facility managers and admins; null for others." })
  note: string | null;
}
