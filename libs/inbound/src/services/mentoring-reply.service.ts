import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentorMeetingService } from '@kennis/mentoring';
import type { OutboxBatch } from '@kennis/outbox';
import type { ItipMessage } from './itip-parser';

const MENTORING_UID = /^kennis-mentoring-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i;

/** Whether a REPLY's UID is a mentoring first meeting's (see mentoringMeetingUid). */
export function isMentoringMeetingUid(uid: string): boolean {
  return MENTORING_UID.test(uid);
}

/**
 * A METHOD:REPLY to a mentoring first meeting's invite: matched by UID, the one ATTENDEE and the mail's
 * sender, which must agree; the match decides what the answer means (MentorMeetingService).
 */
@Injectable()
export class MentoringReplyService {
  constructor(private readonly meetings: MentorMeetingService) {}

  async handle(manager: EntityManager, batch: OutboxBatch, itip: ItipMessage, sender: string, now: Date): Promise<{ acted: boolean; outcome: string }> {
    const event = itip.events[0];
    const matchId = MENTORING_UID.exec(event.uid)![1].toLowerCase();
    if (event.attendees.length !== 1) return { acted: false, outcome: `ignored: a REPLY must carry exactly one ATTENDEE, it has ${event.attendees.length}` };
    const attendee = event.attendees[0];
    if (attendee.address !== sender) return { acted: false, outcome: `ignored: the sender ${sender} does not agree with the ATTENDEE ${attendee.address}` };
    return this.meetings.answerFromCalendar(manager, batch, matchId, attendee.address, attendee.partstat.toUpperCase(), event.sequence, now);
  }
}
