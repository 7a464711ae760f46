export { renderCalendarFeed } from './calendar-feed.renderer';
export { renderSessionInvite, sessionInviteUid } from './session-invite.renderer';
export type {
  AttendeeKind,
  AttendeeRole,
  CalendarAttendee,
  CalendarOrganizer,
  FeedEvent,
  InviteMethod,
  SessionInvite,
} from './session-invite.types';
