export { renderCalendarFeed } from './calendar-feed.renderer';
export { renderEventInvite } from './event-invite.renderer';
export {
  FIRST_SEQUENCE,
  inviteMethodFor,
  mentoringMeetingUid,
  nextSequence,
  sessionEventUid,
} from './calendar-identity';
export type { CalendarEffect } from './calendar-identity';
export type {
  AttendeeKind,
  AttendeeRole,
  CalendarAttendee,
  CalendarOrganizer,
  EventInvite,
  FeedEvent,
  InviteMethod,
} from './calendar.types';
