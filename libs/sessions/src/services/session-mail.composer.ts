import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { type CalendarAttendee, type InviteMethod, renderSessionInvite, sessionInviteUid } from '@kennis/calendar';
import { inboundConfig, mailConfig } from '@kennis/config';
import { type ComposedMail, composeSessionMail, type MailLanguage } from '@kennis/mail';
import { PersonEntity } from '@kennis/people';
import { FacilityTeamEntity, RoomEntity } from '@kennis/rooms';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionFacilityRequestEntity } from '../entities/session-facility-request.entity';
import { SessionHostEntity } from '../entities/session-host.entity';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionMailKind, type SessionMailPayload } from '../jobs/sessions.jobs';

export type ComposeResult = { mail: ComposedMail } | { stale: string };

const METHOD_BY_KIND: Record<SessionMailKind, InviteMethod | null> = {
  [SessionMailKind.Invite]: 'REQUEST',
  [SessionMailKind.Update]: 'REQUEST',
  [SessionMailKind.SeatGranted]: 'REQUEST',
  [SessionMailKind.Reminder]: 'REQUEST',
  [SessionMailKind.Cancellation]: 'CANCEL',
  [SessionMailKind.Left]: 'CANCEL',
  [SessionMailKind.Waitlisted]: null,
};

interface Recipient {
  name: string;
  address: string;
  language: MailLanguage;
  timeZone: string;
  attendee: CalendarAttendee;
}

/**
 * Turns an outbox row into the mail to send, from the session as it is now. Returns `stale` when the
 * change no longer holds (the person left again, the session moved back), so nothing wrong goes out.
 */
@Injectable()
export class SessionMailComposer {
  constructor(
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
  ) {}

  async compose(manager: EntityManager, outboxId: string, createdAt: Date, payload: SessionMailPayload): Promise<ComposeResult> {
    const session = await manager.getRepository(SessionEntity).findOneBy({ id: payload.sessionId });
    if (!session) return { stale: 'the session no longer exists' };
    const hosts = await this.hostsOf(manager, session.id);
    if (hosts.length === 0) return { stale: 'the session has no hosts' };
    const room = session.roomId ? await manager.getRepository(RoomEntity).findOneBy({ id: session.roomId }) : null;

    let recipient: Recipient;
    if ('personId' in payload) {
      const person = await manager.getRepository(PersonEntity).findOneBy({ id: payload.personId });
      if (!person) return { stale: 'the person no longer exists' };
      const staleness = await this.personStaleness(manager, payload, session, hosts, person.id);
      if (staleness) return { stale: staleness };
      const isHost = hosts.some((host) => host.id === person.id);
      recipient = {
        name: person.name,
        address: person.email,
        language: person.language,
        timeZone: person.timeZone,
        attendee: { email: person.email, name: person.name, kind: 'PERSON', role: isHost ? 'CHAIR' : 'REQ-PARTICIPANT' },
      };
    } else if ('facilityTeamId' in payload) {
      const team = await manager.getRepository(FacilityTeamEntity).findOneBy({ id: payload.facilityTeamId });
      if (!team) return { stale: 'the facility team no longer exists' };
      const requested = await manager
        .getRepository(SessionFacilityRequestEntity)
        .exists({ where: { sessionId: session.id, facilityTeamId: team.id } });
      const serving = session.status === SessionStatus.SCHEDULED && requested;
      if (payload.kind === SessionMailKind.Cancellation ? serving : !serving) {
        return { stale: 'the facility request changed since' };
      }
      recipient = {
        name: team.name,
        address: team.mailbox,
        language: session.language,
        timeZone: 'UTC',
        attendee: { email: team.mailbox, name: team.name, kind: 'RESOURCE', role: 'NON-PARTICIPANT' },
      };
    } else {
      const mailboxRoom = await manager.getRepository(RoomEntity).findOneBy({ id: payload.roomId });
      if (!mailboxRoom?.resourceMailbox) return { stale: 'the room has no resource mailbox' };
      const isCurrentRoom = session.status === SessionStatus.SCHEDULED && session.roomId === mailboxRoom.id;
      if (payload.kind === SessionMailKind.Cancellation ? isCurrentRoom : !isCurrentRoom) {
        return { stale: 'the room booking changed since' };
      }
      recipient = {
        name: `${mailboxRoom.site} / ${mailboxRoom.name}`,
        address: mailboxRoom.resourceMailbox,
        language: session.language,
        timeZone: 'UTC',
        attendee: { email: mailboxRoom.resourceMailbox, name: `${mailboxRoom.site} / ${mailboxRoom.name}`, kind: 'ROOM', role: 'NON-PARTICIPANT' },
      };
    }
    if (!session.startsAt || !session.endsAt) return { stale: 'the session has no time' };

    const method = METHOD_BY_KIND[payload.kind];
    const location = room ? `${room.site} / ${room.name}` : session.onlineUrl;
    const organizer = hosts[0];
    const ics = method
      ? renderSessionInvite({
          uid: sessionInviteUid(session.id, this.config.messageIdDomain),
          sequence: session.calendarSequence,
          method,
          title: session.title,
          description: session.description,
          location,
          url: session.onlineUrl,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          // Kennis's own mailbox is the ORGANIZER, so the Accept or Decline pressed in a calendar comes
          // back to Kennis (RFC 5546 3.2.3); the hosts stay in as ATTENDEE;ROLE=CHAIR.
          organizer: { name: `${organizer.name} via Kennis`, email: this.inbound.organizerAddress },
          sentBy: this.config.fromAddress,
          attendees: this.attendees(recipient, hosts, room),
          stamp: createdAt,
        })
      : undefined;
    const waitlistPosition =
      payload.kind === SessionMailKind.Waitlisted && 'personId' in payload
        ? await this.waitlistPosition(manager, session.id, payload.personId)
        : undefined;
    const mail = composeSessionMail({
      kind: payload.kind,
      language: recipient.language,
      recipient: { name: recipient.name, address: recipient.address },
      from: this.config.fromAddress,
      // Unique across databases too: row ids start again in a new or restored database.
      messageId: `<outbox-${outboxId}-${createdAt.getTime()}@${this.config.messageIdDomain}>`,
      details: {
        title: session.title,
        description: session.description,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timeZone: recipient.timeZone,
        location: room ? `${room.site} / ${room.name}` : null,
        onlineUrl: session.onlineUrl,
        hostNames: hosts.map((host) => host.name),
        waitlistPosition,
      },
      ics: ics && method ? { method, content: ics } : undefined,
    });
    return { mail: { ...mail, replyTo: this.inbound.organizerAddress } };
  }

  /** Why a mail to this person no longer fits the session, or null when it still does. */
  private async personStaleness(
    manager: EntityManager,
    payload: SessionMailPayload,
    session: SessionEntity,
    hosts: PersonEntity[],
    personId: string,
  ): Promise<string | null> {
    const registration = await manager
      .getRepository(RegistrationEntity)
      .findOne({ where: { sessionId: session.id, personId }, order: { arrival: 'DESC' } });
    const seated = registration?.status === RegistrationStatus.SEATED;
    const isIn = seated || hosts.some((host) => host.id === personId);
    const scheduled = session.status === SessionStatus.SCHEDULED;
    switch (payload.kind) {
      case SessionMailKind.Invite:
      case SessionMailKind.Update:
      case SessionMailKind.SeatGranted:
        return scheduled && isIn ? null : 'the person is no longer in this scheduled session';
      case SessionMailKind.Reminder:
        if (payload.sequence !== session.calendarSequence) return 'the session moved after this reminder was planned';
        return scheduled && isIn ? null : 'the person is no longer in this scheduled session';
      case SessionMailKind.Waitlisted:
        return scheduled && registration?.status === RegistrationStatus.WAITLISTED ? null : 'the person is no longer waiting';
      case SessionMailKind.Left:
        return scheduled && isIn ? 'the person joined again' : null;
      case SessionMailKind.Cancellation:
        return session.status === SessionStatus.CANCELLED ? null : 'the session is not cancelled';
    }
  }

  /** The recipient, the hosts as chairs and the room as a resource; not every attendee of a large session. */
  private attendees(recipient: Recipient, hosts: PersonEntity[], room: RoomEntity | null): CalendarAttendee[] {
    const attendees: CalendarAttendee[] = hosts.map((host) => ({ email: host.email, name: host.name, kind: 'PERSON', role: 'CHAIR' }));
    if (!attendees.some((attendee) => attendee.email.toLowerCase() === recipient.address.toLowerCase())) {
      attendees.push(recipient.attendee);
    }
    if (room?.resourceMailbox && !attendees.some((attendee) => attendee.email === room.resourceMailbox)) {
      attendees.push({ email: room.resourceMailbox, name: `${room.site} / ${room.name}`, kind: 'ROOM', role: 'NON-PARTICIPANT' });
    }
    return attendees;
  }

  private async hostsOf(manager: EntityManager, sessionId: string): Promise<PersonEntity[]> {
    const rows = await manager.getRepository(SessionHostEntity).find({ where: { sessionId }, relations: { person: true } });
    return rows.map((row) => row.person!).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  private async waitlistPosition(manager: EntityManager, sessionId: string, personId: string): Promise<number | undefined> {
    const rows: { position: number | null }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM registration w WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED'
                 AND w.arrival <= r.arrival) AS position
       FROM registration r WHERE r.session_id = $1 AND r.person_id = $2 AND r.status = 'WAITLISTED'`,
      [sessionId, personId],
    );
    return rows[0]?.position ?? undefined;
  }
}
