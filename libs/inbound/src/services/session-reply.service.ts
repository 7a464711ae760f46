import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { inboundConfig } from '@kennis/config';
import { DomainError } from '@kennis/errors';
import type { OutboxBatch } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomsService } from '@kennis/rooms';
import { SessionEnrolmentService, SessionEntity, SessionHostEntity } from '@kennis/sessions';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { SessionCalendarReplyRepository } from '../repositories/session-calendar-reply.repository';
import { SessionRoomAnswerRepository } from '../repositories/session-room-answer.repository';
import type { ItipMessage } from './itip-parser';

export interface ReplyResult {
  acted: boolean;
  outcome: string;
  notice: Omit<InboundAnswer, 'inReplyTo'> | null;
}

const SESSION_UID = /^kennis-session-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i;

/**
 * A METHOD:REPLY to one of Kennis's session invites (RFC 5546 3.2.3): matched by UID, the one
 * ATTENDEE and the mail's sender, which must agree. ACCEPTED and TENTATIVE are recorded; DECLINED
 * takes the person out exactly as leaveSession does. A room's decline tells the hosts.
 */
@Injectable()
export class SessionReplyService {
  constructor(
    private readonly enrolment: SessionEnrolmentService,
    private readonly people: PeopleService,
    private readonly rooms: RoomsService,
    private readonly replies: SessionCalendarReplyRepository,
    private readonly roomAnswers: SessionRoomAnswerRepository,
    @Inject(inboundConfig.KEY) private readonly config: ConfigType<typeof inboundConfig>,
  ) {}

  async handle(manager: EntityManager, batch: OutboxBatch, itip: ItipMessage, sender: string): Promise<ReplyResult> {
    const event = itip.events[0];
    const sessionId = SESSION_UID.exec(event.uid)?.[1];
    if (!sessionId) return { acted: false, outcome: `ignored: UID ${event.uid} is not a Kennis session`, notice: null };
    if (event.attendees.length !== 1) return { acted: false, outcome: `ignored: a REPLY must carry exactly one ATTENDEE, it has ${event.attendees.length}`, notice: null };
    const attendee = event.attendees[0];
    if (attendee.address !== sender) {
      return { acted: false, outcome: `ignored: the sender ${sender} does not agree with the ATTENDEE ${attendee.address}`, notice: null };
    }
    const session = await manager.getRepository(SessionEntity).findOneBy({ id: sessionId });
    if (!session) return { acted: false, outcome: `ignored: session ${sessionId} no longer exists`, notice: null };
    if (event.sequence < session.calendarSequence) {
      return { acted: false, outcome: `ignored: the reply answers SEQUENCE ${event.sequence}, the session is at ${session.calendarSequence}`, notice: null };
    }
    const room = session.roomId ? await this.rooms.getRoom(session.roomId) : null;
    if (room?.resourceMailbox && room.resourceMailbox.toLowerCase() === attendee.address) {
      if (attendee.partstat === 'ACCEPTED' || attendee.partstat === 'TENTATIVE' || attendee.partstat === 'DECLINED') {
        // Shown on the session (Session.roomAnswer) while it keeps this room and time.
        await this.roomAnswers.record(manager, sessionId, room.id, attendee.partstat, event.comment ? event.comment.slice(0, 1000) : null, event.sequence);
      }
      if (attendee.partstat !== 'DECLINED') return { acted: true, outcome: `room ${room.name} answered ${attendee.partstat}`, notice: null };
      const hosts = await manager.getRepository(SessionHostEntity).find({ where: { sessionId }, relations: { person: true } });
      const host = hosts.map((row) => row.person!).sort((a, b) => a.name.localeCompare(b.name))[0];
      const reason = event.comment ? ` It said: "${event.comment.slice(0, 300)}"` : '';
      return {
        acted: true,
        outcome: `room ${room.name} declined the session; host ${host?.email ?? 'unknown'} told`,
        notice: host
          ? {
              kind: 'notice',
              fromAddress: this.config.organizerAddress,
              fromName: 'Kennis',
              toAddress: host.email,
              uid: event.uid,
              sequence: event.sequence,
              partstat: 'DECLINED',
              summary: session.title,
              comment: `The room ${room.site} / ${room.name} declined "${session.title}" in its own calendar, so it is probably taken there.${reason} Pick another room in Kennis (freeRooms lists free ones).`,
              occurrences: [],
              freeTimes: [],
              freeRooms: [],
              timeZone: host.timeZone,
            }
          : null,
      };
    }
    const person = await this.people.findByEmail(attendee.address);
    if (!person) return { acted: false, outcome: `ignored: ${attendee.address} is not a Kennis person`, notice: null };
    const partstat = attendee.partstat;
    if (partstat !== 'ACCEPTED' && partstat !== 'TENTATIVE' && partstat !== 'DECLINED') {
      return { acted: false, outcome: `ignored: PARTSTAT ${partstat} is not an answer`, notice: null };
    }
    const counted = await this.replies.record(manager, sessionId, person.id, partstat, event.sequence);
    if (!counted) return { acted: false, outcome: `ignored: ${person.email} answered a newer SEQUENCE already`, notice: null };
    if (partstat !== 'DECLINED') return { acted: true, outcome: `${person.email} answered ${partstat}`, notice: null };
    try {
      await this.enrolment.leaveWithin(manager, batch, person.id, sessionId);
      return { acted: true, outcome: `${person.email} declined: left the session, as with leaveSession`, notice: null };
    } catch (error) {
      if (error instanceof DomainError) return { acted: true, outcome: `${person.email} declined; nothing to leave: ${error.message}`, notice: null };
      throw error;
    }
  }
}
