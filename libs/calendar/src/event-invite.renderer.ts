import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { BadUserInputError } from '@kennis/errors';
import {
  assertEmail,
  assertName,
  assertPeriod,
  assertInstant,
  assertSequence,
  assertUid,
  cleanText,
  uriValue,
} from './ical-values.helper';
import type { AttendeeKind, AttendeeRole, EventInvite, InviteMethod } from './calendar.types';

export const KENNIS_PRODUCT_ID = '//Kennis//Kennis//EN';

const CUTYPE_BY_KIND: Record<AttendeeKind, ICalAttendeeType> = {
  PERSON: ICalAttendeeType.INDIVIDUAL,
  ROOM: ICalAttendeeType.ROOM,
  RESOURCE: ICalAttendeeType.RESOURCE,
};

const ROLE: Record<AttendeeRole, ICalAttendeeRole> = {
  CHAIR: ICalAttendeeRole.CHAIR,
  'REQ-PARTICIPANT': ICalAttendeeRole.REQ,
  'OPT-PARTICIPANT': ICalAttendeeRole.OPT,
  'NON-PARTICIPANT': ICalAttendeeRole.NON,
};

const METHOD: Record<InviteMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

/** The .ics text of an iTIP (RFC 5546) REQUEST or CANCEL for one Kennis event (a session, a mentoring meeting), times in UTC. */
export function renderEventInvite(invite: EventInvite): string {
  if (invite.method !== 'REQUEST' && invite.method !== 'CANCEL') {
    throw new BadUserInputError('method', 'method must be REQUEST or CANCEL.');
  }
  assertPeriod(invite.startsAt, invite.endsAt, 'invite');
  const cancel = invite.method === 'CANCEL';

  // No calendar time zone: ical-generator then writes every instant in UTC with a Z suffix, which
  // needs no VTIMEZONE and does not depend on the process time zone.
  const calendar = ical({ prodId: KENNIS_PRODUCT_ID, method: METHOD[invite.method] });
  const event = calendar.createEvent({
    id: assertUid('uid', invite.uid),
    sequence: assertSequence('sequence', invite.sequence),
    stamp: assertInstant('stamp', invite.stamp),
    start: invite.startsAt,
    end: invite.endsAt,
    summary: cleanText(invite.title),
    description: cleanText(invite.description),
    location: invite.location === null ? null : cleanText(invite.location),
    url: invite.url === null ? null : uriValue('url', invite.url),
    // RFC 5546 3.2.5: a CANCEL of the whole event carries STATUS:CANCELLED.
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: {
      name: assertName('organizer.name', invite.organizer.name),
      email: assertEmail('organizer.email', invite.organizer.email),
      sentBy: assertEmail('sentBy', invite.sentBy),
    },
  });

  invite.attendees.forEach((attendee, index) => {
    event.createAttendee({
      email: assertEmail(`attendees[${index}].email`, attendee.email),
      name: assertName(`attendees[${index}].name`, attendee.name),
      type: CUTYPE_BY_KIND[attendee.kind],
      role: ROLE[attendee.role],
      status: ICalAttendeeStatus.NEEDSACTION,
      // A REQUEST asks every attendee, room and resource mailboxes included, to reply: that reply is
      // how a room mailbox confirms the booking. Nobody replies to a CANCEL (RFC 5546 3.2.5).
      rsvp: !cancel,
    });
  });

  return calendar.toString();
}
