export type InviteMethod = 'REQUEST' | 'CANCEL';

/** ROOM becomes CUTYPE=ROOM, RESOURCE (a facility team) CUTYPE=RESOURCE, PERSON CUTYPE=INDIVIDUAL. */
export type AttendeeKind = 'PERSON' | 'ROOM' | 'RESOURCE';

export type AttendeeRole = 'CHAIR' | 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'NON-PARTICIPANT';

export interface CalendarAttendee {
  email: string;
  name: string;
  kind: AttendeeKind;
  role: AttendeeRole;
}

export interface CalendarOrganizer {
  name: string;
  email: string;
}

/** One event of Kennis in a calendar: a knowledge session or a mentoring meeting. */
export interface EventInvite {
  /** One per event for ever (RFC 5545 3.8.4.7): every update and cancellation reuses it. */
  uid: string;
  /** Rises with every change of time, room or status (RFC 5546 2.1.4), never goes down. */
  sequence: number;
  method: InviteMethod;
  title: string;
  description: string;
  location: string | null;
  url: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The host; the platform sends on their behalf (SENT-BY). */
  organizer: CalendarOrganizer;
  /** The platform's mail address. */
  sentBy: string;
  attendees: CalendarAttendee[];
  /** DTSTAMP, passed in so the output is deterministic. */
  stamp: Date;
}

export interface FeedEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  location: string | null;
  url: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}
