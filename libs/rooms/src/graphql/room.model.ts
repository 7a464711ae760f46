import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FacilityKind } from '../entities/facility-team.entity';
import { RecurringConflictPolicy, RoomRule, Weekday } from '../services/room-rules';

export enum RoomEquipment {
  PROJECTOR = 'PROJECTOR',
  SCREEN = 'SCREEN',
  WHITEBOARD = 'WHITEBOARD',
  VIDEO_CONFERENCING = 'VIDEO_CONFERENCING',
  MICROPHONE = 'MICROPHONE',
  SPEAKERS = 'SPEAKERS',
  FLIPCHART = 'FLIPCHART',
  KITCHEN = 'KITCHEN',
}

registerEnumType(RoomEquipment, { name: 'RoomEquipment' });
registerEnumType(FacilityKind, { name: 'FacilityKind' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(RoomRule, { name: 'RoomRule', description: 'A room rule, as named in a refusal (extensions.rule) and in a room\'s DECLINED reply.' });
registerEnumType(RecurringConflictPolicy, {
  name: 'RecurringConflictPolicy',
  description: 'What a recurring invite gets when some occurrences clash or break a rule; the clashing dates are listed either way.',
  valuesMap: {
    DECLINE_ALL: { description: 'Decline the whole series.' },
    ACCEPT_FREE: { description: 'Accept the free occurrences, decline the others.' },
  },
});

@ObjectType('Room')
export class RoomModel {
  @Field(() => ID)
  id: string;

  @Field()
  site: string;

  @Field()
  name: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => [RoomEquipment])
  equipment: RoomEquipment[];

  @Field(() => String, { nullable: true, description: 'The calendar mailbox that receives the room\'s invites.' })
  resourceMailbox: string | null;

  @Field({ description: 'False once the room is retired.' })
  active: boolean;

  @Field({ description: 'The IANA time zone of the room\'s site: its rules and its mail read in it.' })
  timeZone: string;
}

@ObjectType('SiteRoomBooking', { description: 'A confirmed booking in a site\'s schedule: a session\'s room or a meeting booked in Kennis or by invite.' })
export class SiteRoomBookingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roomId: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'What the room is booked for: the session\'s title or the meeting\'s subject.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Who booked it for a meeting of their own; null for a session or an organizer outside Kennis.' })
  bookedByName: string | null;
}

@ObjectType('BookableHours', { description: 'Local times (in the room\'s time zone) on one weekday when the room can be booked.' })
export class BookableHoursModel {
  @Field(() => Weekday)
  weekday: Weekday;

  @Field({ description: 'HH:MM, local.' })
  opens: string;

  @Field({ description: 'HH:MM, local; 24:00 is the end of the day.' })
  closes: string;
}

@ObjectType('RoomBlackout', { description: 'A period nobody can book the room.' })
export class RoomBlackoutModel {
  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('RoomRules', { description: 'A room\'s booking rules, applied to sessions, invites, mentoring meetings, bookRoom and freeRooms alike.' })
export class RoomRulesModel {
  @Field(() => ID)
  roomId: string;

  @Field({ description: 'The zone the bookable hours are read in (the room\'s).' })
  timeZone: string;

  @Field(() => [BookableHoursModel], { description: 'Empty: any time of any day.' })
  bookableHours: BookableHoursModel[];

  @Field(() => [RoomBlackoutModel])
  blackouts: RoomBlackoutModel[];

  @Field(() => Int, { nullable: true, description: 'Longest booking in minutes; null: no limit.' })
  maxBookingMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Least time between booking and start, in minutes; null: none.' })
  minNoticeMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'How many days ahead the room can be booked; null: no limit.' })
  maxDaysAhead: number | null;

  @Field()
  recurringAllowed: boolean;

  @Field({ description: 'Invites and bookRoom get TENTATIVE until a facility manager approves or refuses.' })
  requiresApproval: boolean;

  @Field(() => RecurringConflictPolicy)
  recurringConflicts: RecurringConflictPolicy;
}

@ObjectType('FacilityTeam', { description: 'Catering, AV or another team; its mailbox gets invites as a RESOURCE attendee.' })
export class FacilityTeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FacilityKind)
  kind: FacilityKind;

  @Field(() => String, { nullable: true })
  site: string | null;

  @Field()
  mailbox: string;

  @Field({ description: 'The IANA time zone the team works in: its mail and its requests read in it.' })
  timeZone: string;
}
