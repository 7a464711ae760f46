import { type CalendarAttendee, inviteMethodFor, renderEventInvite, sessionEventUid } from '@kennis/calendar';
import { type ComposedMail, type MailLanguage, type MailSettings, publicPage, rowMessageId } from '@kennis/mail';
import type { PersonEntity } from '@kennis/people';
import type { RoomEntity } from '@kennis/rooms';
import type { SessionEntity } from '../entities/session.entity';
import { SessionMailKind, type SessionMailPayload, type SessionMailPreviousSlot } from '../jobs/sessions.jobs';
import {
  composeSessionMail,
  type FacilityRequestDetails,
  facilityRequestText,
  SESSION_MAIL_CALENDAR_EFFECT,
  type SessionMailDetails,
} from './session-mail.composer';
import type { SessionMailSnapshot } from './session-mail.snapshot';
import type { SessionMailAudience } from './session-mail.texts';

interface Recipient {
  name: string;
  address: string;
  language: MailLanguage;
  timeZone: string;
  audience: SessionMailAudience;
  attendee: CalendarAttendee;
}

function roomLabel(room: RoomEntity): string {
  return `${room.site} / ${room.name}`;
}

/** The mail of a session outbox row whose snapshot is not stale (see sessionMailStaleness). */
export function sessionMailFromSnapshot(
  row: { id: string; createdAt: Date },
  payload: SessionMailPayload,
  snapshot: SessionMailSnapshot,
  settings: MailSettings,
): ComposedMail {
  const session = snapshot.session!;
  const { hosts } = snapshot;
  const recipient = recipientOf(snapshot);
  const method = inviteMethodFor(SESSION_MAIL_CALENDAR_EFFECT[payload.kind]);
  const organizer = hosts[0];
  const slot = slotOf(payload, snapshot);
  const room = slot.room;
  const facilityRequest = facilityRequestOf(snapshot, payload);
  // A facility mailbox often reads only the calendar item: the note and head count go in its DESCRIPTION too.
  const description = facilityRequest
    ? `${session.description}\n\n${facilityRequestText(recipient.language, facilityRequest)}`.trim()
    : session.description;
  const ics = method
    ? renderEventInvite({
        uid: sessionEventUid(session.id, settings.messageIdDomain),
        sequence: session.calendarSequence,
        method,
        title: session.title,
        description,
        location: room ? roomLabel(room) : session.onlineUrl,
        url: session.onlineUrl,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        // Kennis's own mailbox is the ORGANIZER, so the Accept or Decline pressed in a calendar comes
        // back to Kennis (RFC 5546 3.2.3); the hosts stay in as ATTENDEE;ROLE=CHAIR.
        organizer: settings.organizerAddress
          ? { name: `${organizer.name} via Kennis`, email: settings.organizerAddress }
          : { name: organizer.name, email: organizer.email },
        sentBy: settings.fromAddress,
        attendees: attendeesOf(recipient, hosts, room),
        stamp: row.createdAt,
      })
    : undefined;
  const waitlistPosition = snapshot.addressee.kind === 'person' ? snapshot.addressee.waitlistPosition ?? undefined : undefined;
  const mail = composeSessionMail({
    kind: payload.kind,
    language: recipient.language,
    audience: recipient.audience,
    recipient: { name: recipient.name, address: recipient.address },
    from: settings.fromAddress,
    messageId: rowMessageId(row, settings.messageIdDomain),
    sessionUrl: publicPage(settings.publicUrl, `/sessions/${session.id}`),
    details: {
      title: session.title,
      description: session.description,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      timeZone: recipient.timeZone,
      location: room ? roomLabel(room) : null,
      onlineUrl: session.onlineUrl,
      hostNames: hosts.map((host) => host.name),
      waitlistPosition,
      ...(facilityRequest ? { facilityRequest } : {}),
      ...(payload.kind === SessionMailKind.RoomRefused ? { refusalReason: payload.refusalReason ?? '' } : {}),
      ...(payload.kind === SessionMailKind.Update && payload.previous ? { previous: previousOf(payload.previous, snapshot) } : {}),
    },
    ics: ics && method ? { method, content: ics } : undefined,
  });
  return settings.organizerAddress ? { ...mail, replyTo: settings.organizerAddress } : mail;
}

/**
 * The time and room the mail is about: the session's own, except for the cancellation of the room it
 * moved out of, which names the slot that room had.
 */
function slotOf(payload: SessionMailPayload, snapshot: SessionMailSnapshot): { startsAt: Date; endsAt: Date; room: RoomEntity | null } {
  const session = snapshot.session!;
  const { addressee } = snapshot;
  const { previous } = payload;
  if (payload.kind === SessionMailKind.Cancellation && previous && addressee.kind === 'room' && addressee.room?.id === previous.roomId) {
    return { startsAt: new Date(previous.startsAt), endsAt: new Date(previous.endsAt), room: addressee.room };
  }
  // A refused room names the room and time that were asked, whatever the session became since.
  if (payload.kind === SessionMailKind.RoomRefused && previous) {
    return { startsAt: new Date(previous.startsAt), endsAt: new Date(previous.endsAt), room: snapshot.previousRoom ?? null };
  }
  return { startsAt: session.startsAt!, endsAt: session.endsAt!, room: snapshot.room };
}

function previousOf(previous: SessionMailPreviousSlot, snapshot: SessionMailSnapshot): NonNullable<SessionMailDetails['previous']> {
  const room = previous.roomId === snapshot.session!.roomId ? snapshot.room : snapshot.previousRoom ?? null;
  return { startsAt: new Date(previous.startsAt), endsAt: new Date(previous.endsAt), location: room ? roomLabel(room) : null };
}

function facilityRequestOf(snapshot: SessionMailSnapshot, payload: SessionMailPayload): FacilityRequestDetails | undefined {
  const { addressee, session } = snapshot;
  if (addressee.kind !== 'facility' || addressee.note === null || addressee.note === undefined) return undefined;
  const noteChange = payload.kind === SessionMailKind.Update && payload.previousNote !== undefined ? { previousNote: payload.previousNote } : {};
  return { note: addressee.note, seatsTaken: session!.seatsTaken, capacity: session!.capacity, ...noteChange };
}

function recipientOf(snapshot: SessionMailSnapshot): Recipient {
  const { addressee, session, hosts } = snapshot;
  switch (addressee.kind) {
    case 'person': {
      const person = addressee.person!;
      const isHost = hosts.some((host) => host.id === person.id);
      return {
        name: person.name,
        address: person.email,
        language: person.language,
        timeZone: person.timeZone,
        audience: isHost ? 'host' : 'participant',
        attendee: { email: person.email, name: person.name, kind: 'PERSON', role: isHost ? 'CHAIR' : 'REQ-PARTICIPANT' },
      };
    }
    case 'facility': {
      const team = addressee.team!;
      return {
        name: team.name,
        address: team.mailbox,
        language: session!.language as MailLanguage,
        // The site's zone: the room's when the session has one.
        timeZone: snapshot.room?.timeZone ?? 'UTC',
        audience: 'facility',
        attendee: { email: team.mailbox, name: team.name, kind: 'RESOURCE', role: 'NON-PARTICIPANT' },
      };
    }
    case 'room': {
      const room = addressee.room!;
      return {
        name: roomLabel(room),
        address: room.resourceMailbox!,
        language: session!.language as MailLanguage,
        timeZone: room.timeZone,
        audience: 'room',
        attendee: { email: room.resourceMailbox!, name: roomLabel(room), kind: 'ROOM', role: 'NON-PARTICIPANT' },
      };
    }
  }
}

/** The recipient, the hosts as chairs and the room as a resource; not every attendee of a large session. */
function attendeesOf(recipient: Recipient, hosts: PersonEntity[], room: RoomEntity | null): CalendarAttendee[] {
  const attendees: CalendarAttendee[] = hosts.map((host) => ({ email: host.email, name: host.name, kind: 'PERSON', role: 'CHAIR' }));
  if (!attendees.some((attendee) => attendee.email.toLowerCase() === recipient.address.toLowerCase())) {
    attendees.push(recipient.attendee);
  }
  if (room?.resourceMailbox && !attendees.some((attendee) => attendee.email === room.resourceMailbox)) {
    attendees.push({ email: room.resourceMailbox, name: roomLabel(room), kind: 'ROOM', role: 'NON-PARTICIPANT' });
  }
  return attendees;
}
