import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { type CalendarAttendee, renderEventInvite } from '@kennis/calendar';
import { appConfig, inboundConfig, mailConfig } from '@kennis/config';
import { composeMail, headerText, MailSender, publicPage, rowMessageId } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomsService } from '@kennis/rooms';
import { RoomInviteBookingRepository } from '../repositories/room-invite-booking.repository';
import type { RoomMeetingMailPayload } from './inbound.jobs';

function when(startsAt: Date, endsAt: Date, timeZone: string, language: 'nl' | 'en'): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(startsAt);
  const end = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(endsAt);
  return `${day} - ${end} (${timeZone})`;
}

/**
 * The invite (METHOD:REQUEST) or cancellation of a room meeting booked in Kennis, to its organizer or as
 * resource mail to the room's mailbox. Kennis is the ORGANIZER at the mailbox it reads (the person is the
 * CHAIR), as with sessions; the room is ATTENDEE;CUTYPE=ROOM with its own answer.
 */
@Injectable()
export class RoomMeetingMailHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly records: RoomInviteBookingRepository,
    private readonly rooms: RoomsService,
    private readonly people: PeopleService,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const payload = row.payload as RoomMeetingMailPayload;
    const record = await this.records.findById(manager, payload.roomInviteBookingId);
    if (!record) return { skipped: 'the booking no longer exists' };
    if (record.sequence !== payload.sequence) return { skipped: `the booking changed since (SEQUENCE ${record.sequence})` };
    const cancelled = record.partstat === 'CANCELLED' || record.partstat === 'DECLINED';
    if ((payload.method === 'CANCEL') !== cancelled) return { skipped: `the booking is ${record.partstat.toLowerCase()}` };
    const room = await this.rooms.getRoom(record.roomId);
    const person = await this.people.findByEmail(record.organizerAddress);
    if (!person) return { skipped: 'its organizer is no longer a Kennis person' };
    const toRoom = payload.recipient === 'ROOM';
    if (toRoom && !room.resourceMailbox) return { skipped: 'the room has no mailbox' };
    const language = toRoom ? 'en' : person.language;
    const place = `${room.site} / ${room.name}`;
    const attendees: CalendarAttendee[] = [{ email: person.email, name: person.name, kind: 'PERSON', role: 'CHAIR' }];
    if (room.resourceMailbox) attendees.push({ email: room.resourceMailbox, name: place, kind: 'ROOM', role: 'NON-PARTICIPANT' });
    const ics = renderEventInvite({
      uid: record.calendarUid,
      sequence: record.sequence,
      method: payload.method,
      title: record.summary,
      description: `Booked in Kennis by ${person.name}.`,
      location: place,
      url: null,
      startsAt: record.startsAt,
      endsAt: record.endsAt,
      organizer: { name: `${person.name} via Kennis`, email: this.inbound.organizerAddress },
      sentBy: this.mail.fromAddress,
      attendees,
      stamp: row.createdAt,
    });
    const timeZone = toRoom ? room.timeZone : person.timeZone;
    const title = headerText(record.summary);
    const verb = payload.method === 'CANCEL' ? 'Cancelled' : record.partstat === 'TENTATIVE' ? 'Tentative' : 'Booked';
    const composed = composeMail({
      language,
      messageId: rowMessageId(row, this.mail.messageIdDomain),
      from: this.mail.fromAddress,
      to: toRoom ? { name: headerText(place), address: room.resourceMailbox! } : { name: person.name, address: person.email },
      subject: `${verb}: ${title} (${headerText(place)})`,
      layout: {
        // Resource mail: a room is addressed as a room, not greeted as a person.
        greeting: toRoom ? `Room booking for ${headerText(place)}` : language === 'nl' ? `Hoi ${headerText(person.name)},` : `Hi ${headerText(person.name)},`,
        title,
        lead: [
          payload.method === 'CANCEL'
            ? `${headerText(person.name)} cancelled this booking of ${headerText(place)}.`
            : record.partstat === 'TENTATIVE'
              ? `${headerText(place)} is held for this meeting until a facility manager approves it.`
              : `${headerText(place)} is booked for this meeting.`,
        ],
        details: [
          { label: language === 'nl' ? 'Wanneer' : 'When', text: when(record.startsAt, record.endsAt, timeZone, language) },
          { label: language === 'nl' ? 'Waar' : 'Where', text: place },
          { label: language === 'nl' ? 'Geboekt door' : 'Booked by', text: `${headerText(person.name)} <${person.email}>` },
        ],
        action: toRoom ? null : { label: language === 'nl' ? 'Mijn boekingen' : 'My bookings', href: publicPage(this.app.publicUrl, '/rooms') },
        reason: toRoom ? 'This mailbox is the calendar of a Kennis room.' : language === 'nl' ? 'Je hebt deze ruimte in Kennis geboekt.' : 'You booked this room in Kennis.',
      },
      calendar: { method: payload.method, ics },
    });
    await this.sender.send({ ...composed, replyTo: this.inbound.organizerAddress });
    return 'done';
  }
}
