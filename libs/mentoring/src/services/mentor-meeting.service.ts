import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { MatchNotFoundError, MatchStateError, MeetingClashError } from '../errors/mentoring.errors';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { FirstMeetingPlanner } from './first-meeting-planner';
import { clashes, FIRST_MEETING_MINUTES, withinWorkingHours } from './first-meeting-slot';
import { MentoringNotifier } from './mentoring-notifier';

/** Moving the first meeting of a running match: either person (or an admin) picks a new time. */
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
      const oldRoom = oldBookingId ? await this.bookings.findRoomOfBooking(oldBookingId) : null;
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
}
