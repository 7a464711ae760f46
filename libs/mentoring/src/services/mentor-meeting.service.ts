import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { type OutboxBatch, OutboxService } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { MatchNotFoundError, MatchStateError, MeetingClashError } from '../errors/mentoring.errors';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { FirstMeetingPlanner } from './first-meeting-planner';
import { clashes, FIRST_MEETING_MINUTES, withinWorkingHours } from './first-meeting-slot';
import { MentoringNotifier } from './mentoring-notifier';

export interface CalendarAnswerOutcome {
  acted: boolean;
  outcome: string;
}

/** Moving the first meeting of a running match: either person (or an admin) picks a new time, or declines it from their calendar. */
@Injectable()
export class MentorMeetingService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly matches: MentorMatchRepository,
    private readonly people: PeopleService,
    private readonly planner: FirstMeetingPlanner,
    private readonly bookings: RoomBookingService,
    private readonly notifier: MentoringNotifier,
  ) {}

  /**
   * The new time must be past the notice, inside both people's working hours and clear of their other
   * commitments. The room comes along when it is free then (else another free room at the site, else
   * the meeting goes online); everyone, the room's mailbox included, gets the update of the same invite.
   */
  move(actor: Actor, matchId: string, startsAt: Date, now: Date): Promise<MentorMatchEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const match = await this.matches.lock(manager, matchId);
      const involved = match && (match.mentorId === actor.personId || match.menteeId === actor.personId);
      if (!match || (!involved && !isAdmin(actor))) throw new MatchNotFoundError(matchId);
      if (match.status !== MatchStatus.ACCEPTED) throw new MatchStateError('move the meeting of', match.status, 'only a running match has meetings to move.');
      const minutes = match.meetingStartsAt && match.meetingEndsAt ? (match.meetingEndsAt.getTime() - match.meetingStartsAt.getTime()) / 60_000 : FIRST_MEETING_MINUTES;
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      const earliest = this.planner.earliestStart(now);
      if (startsAt < earliest) {
        throw new BadUserInputError('startsAt', `startsAt must be at ${earliest.toISOString()} or later: meetings are planned with notice.`);
      }
      if (match.runsUntil && endsAt > match.runsUntil) {
        throw new BadUserInputError('startsAt', `startsAt must be before the match ends at ${match.runsUntil.toISOString()}.`);
      }
      const [mentor, mentee] = await Promise.all([this.people.getPerson(match.mentorId), this.people.getPerson(match.menteeId)]);
      for (const person of [mentor, mentee]) {
        if (!withinWorkingHours(startsAt, endsAt, person)) {
          throw new BadUserInputError('startsAt', `startsAt is outside ${person.name}'s working hours (in ${person.timeZone}); pick a time inside both of yours.`);
        }
      }
      const clash = clashes(startsAt, endsAt, await this.planner.busy(manager, [mentor.id, mentee.id], startsAt, endsAt, match.id));
      if (clash) throw new MeetingClashError(clash.startsAt, clash.endsAt);

      const oldBookingId = match.meetingRoomBookingId;
      const oldRoom = oldBookingId ? await this.bookings.findRoomOfBookingInTransaction(manager, oldBookingId) : null;
      if (oldBookingId) await this.bookings.release(manager, oldBookingId);
      const site = mentor.site === mentee.site ? mentor.site : null;
      const booking = await this.planner.placeAt(manager, site, startsAt, endsAt, oldRoom?.id ?? null, now);
      const roomBookingId = booking?.bookingId ?? null;
      const sequence = await this.matches.moveMeeting(manager, match.id, { startsAt, endsAt, roomBookingId });
      const newRoom = booking?.room ?? null;

      this.notifier.moved(batch, match.id, [match.mentorId, match.menteeId], sequence);
      if (oldBookingId && (!newRoom || newRoom.id !== oldRoom?.id)) this.notifier.meetingRoom(batch, match.id, 'CANCEL', oldBookingId, sequence);
      if (roomBookingId) this.notifier.meetingRoom(batch, match.id, 'REQUEST', roomBookingId, sequence);
      return (await this.matches.findInTransaction(manager, match.id))!;
    });
  }

  /**
   * An iTIP REPLY of mentor or mentee to the first meeting's invite, inside the inbound worker's
   * transaction. ACCEPTED and TENTATIVE are recorded as that person's answer. DECLINED moves the meeting
   * to the next slot the planner finds (working hours, commitments, room rules, notice; the declined
   * time is still the match's own meeting, so it is avoided): both get the invite's update, SEQUENCE+1,
   * saying who declined, and the room's mailbox its update or cancellation.
   */
  async answerFromCalendar(
    manager: EntityManager,
    batch: OutboxBatch,
    matchId: string,
    address: string,
    partstat: string,
    sequence: number,
    now: Date,
  ): Promise<CalendarAnswerOutcome> {
    const match = await this.matches.lock(manager, matchId);
    if (!match) return { acted: false, outcome: `ignored: mentoring match ${matchId} no longer exists` };
    if (match.status !== MatchStatus.ACCEPTED || !match.meetingStartsAt) return { acted: false, outcome: `ignored: the match is ${match.status.toLowerCase()} and has no first meeting ahead` };
    // RFC 5546 2.1.5: a reply to an older SEQUENCE answers a time the meeting no longer has.
    if (sequence < match.meetingSequence) return { acted: false, outcome: `ignored: the reply answers SEQUENCE ${sequence}, the meeting is at ${match.meetingSequence}` };
    const [mentor, mentee] = await Promise.all([this.people.getPerson(match.mentorId), this.people.getPerson(match.menteeId)]);
    const who = mentor.email.toLowerCase() === address ? 'MENTOR' : mentee.email.toLowerCase() === address ? 'MENTEE' : null;
    if (!who) return { acted: false, outcome: `ignored: ${address} is neither the mentor nor the mentee of this match` };
    if (partstat === 'ACCEPTED' || partstat === 'TENTATIVE') {
      await this.matches.recordMeetingAnswer(manager, match.id, who, partstat);
      return { acted: true, outcome: `${who.toLowerCase()} answered ${partstat} to the first meeting` };
    }
    if (partstat !== 'DECLINED') return { acted: false, outcome: `ignored: PARTSTAT ${partstat} is not an answer` };
    const decliner = who === 'MENTOR' ? mentor : mentee;
    // Planned before the old room is released: the declined time is still the match's own meeting, so the
    // next slot never overlaps it, and the old booking cannot stand in the new one's way.
    const next = await this.planner.plan(manager, mentor, mentee, now);
    if (!next || (match.runsUntil && next.endsAt > match.runsUntil)) {
      // Nothing to offer before the match ends: the decline is recorded, the two pick a time (moveMentorMeeting).
      await this.matches.recordMeetingAnswer(manager, match.id, who, 'DECLINED');
      return { acted: true, outcome: `${who.toLowerCase()} declined; no next suitable slot before the match ends, the answer is recorded` };
    }
    const oldBookingId = match.meetingRoomBookingId;
    const oldRoom = oldBookingId ? await this.bookings.findRoomOfBookingInTransaction(manager, oldBookingId) : null;
    if (oldBookingId) await this.bookings.release(manager, oldBookingId);
    const sequenceAfter = await this.matches.moveMeeting(manager, match.id, next);
    // Read in this transaction: the new booking is not committed yet, and read outside it the meeting would
    // look roomless, so the room would get a CANCEL beside its update.
    const newRoom = next.roomBookingId ? await this.bookings.findRoomOfBookingInTransaction(manager, next.roomBookingId) : null;
    this.notifier.moved(batch, match.id, [match.mentorId, match.menteeId], sequenceAfter, decliner.id);
    if (oldBookingId && (!newRoom || newRoom.id !== oldRoom?.id)) this.notifier.meetingRoom(batch, match.id, 'CANCEL', oldBookingId, sequenceAfter);
    if (next.roomBookingId) this.notifier.meetingRoom(batch, match.id, 'REQUEST', next.roomBookingId, sequenceAfter);
    return { acted: true, outcome: `${who.toLowerCase()} declined; the first meeting moved to ${next.startsAt.toISOString()}, both told` };
  }
}
