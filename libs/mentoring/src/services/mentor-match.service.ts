import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { OutboxService } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { MatchNotFoundError, MatchResponseOverdueError, MatchStateError, NotTheMentorError } from '../errors/mentoring.errors';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { CheckInSchedule } from './check-in-schedule';
import { FirstMeetingPlanner } from './first-meeting-planner';
import { MentoringNotifier } from './mentoring-notifier';

/** The mentor's answer to a proposal, and what each side sees of their matches. */
@Injectable()
export class MentorMatchService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly matches: MentorMatchRepository,
    private readonly people: PeopleService,
    private readonly planner: FirstMeetingPlanner,
    private readonly notifier: MentoringNotifier,
    private readonly bookings: RoomBookingService,
    private readonly rounds: MentoringRoundRepository,
    private readonly checkIns: CheckInSchedule,
  ) {}

  myProposedMatches(actor: Actor): Promise<MentorMatchEntity[]> {
    return this.matches.findOpenProposalsForMentor(actor.personId);
  }

  /** Everything the person was part of once it was published; proposals not yet published stay the admins'. */
  myHistory(actor: Actor): Promise<MentorMatchEntity[]> {
    return this.matches.findHistoryFor(actor.personId);
  }

  myMentorMatch(actor: Actor): Promise<MentorMatchEntity | null> {
    return this.matches.findCurrentForMentee(actor.personId);
  }

  /**
   * The mentor says yes: both hear it and get an invite for a first meeting; the match runs for the
   * round's duration, with check-ins along the way.
   */
  accept(actor: Actor, matchId: string, now: Date): Promise<MentorMatchEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const match = await this.lockOpenProposal(manager, actor, matchId, 'accept', now);
      const round = (await this.rounds.findInTransaction(manager, match.roundId))!;
      const runsUntil = new Date(now.getTime() + round.matchDurationDays * 86_400_000);
      await this.matches.decide(manager, match.id, MatchStatus.ACCEPTED, null, now, runsUntil);
      const [mentor, mentee] = await Promise.all([this.people.getPerson(match.mentorId), this.people.getPerson(match.menteeId)]);
      const meeting = await this.planner.plan(manager, mentor, mentee, now);
      if (meeting) await this.matches.setMeeting(manager, match.id, meeting);
      this.notifier.accepted(batch, match.id, match.mentorId, match.menteeId);
      if (meeting?.roomBookingId) this.notifier.meetingRoom(batch, match.id, 'REQUEST', meeting.roomBookingId, 0);
      this.checkIns.first(batch, { id: match.id, mentorId: match.mentorId, menteeId: match.menteeId, decidedAt: now, runsUntil });
      return (await this.matches.findInTransaction(manager, match.id))!;
    });
  }

  /** The mentor says no: the mentee is free for the next run, and this pair is never proposed again. */
  decline(actor: Actor, matchId: string, reason: string | null, now: Date): Promise<MentorMatchEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const match = await this.lockOpenProposal(manager, actor, matchId, 'decline', now);
      const trimmed = reason?.trim() || null;
      await this.matches.decide(manager, match.id, MatchStatus.DECLINED, trimmed, now);
      this.notifier.declined(batch, match.id, match.menteeId);
      return { ...match, status: MatchStatus.DECLINED, declineReason: trimmed, decidedAt: now };
    });
  }

  /**
   * The mentor, the mentee or an admin ends an accepted match. It stays in the history; the mentor's
   * capacity is free again, and a first meeting still ahead gives its room back.
   */
  end(actor: Actor, matchId: string, now: Date): Promise<MentorMatchEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const match = await this.matches.lock(manager, matchId);
      const involved = match && (match.mentorId === actor.personId || match.menteeId === actor.personId);
      if (!match || (!involved && !isAdmin(actor))) throw new MatchNotFoundError(matchId);
      if (match.status !== MatchStatus.ACCEPTED) throw new MatchStateError('end', match.status, 'only an accepted match can be ended.');
      await this.matches.decide(manager, match.id, MatchStatus.ENDED, null, now);
      if (match.meetingStartsAt && match.meetingStartsAt > now) {
        // The invite's cancellation is its next change (RFC 5546: a higher SEQUENCE).
        const sequence = await this.matches.raiseMeetingSequence(manager, match.id);
        if (match.meetingRoomBookingId) {
          await this.bookings.release(manager, match.meetingRoomBookingId);
          this.notifier.meetingRoom(batch, match.id, 'CANCEL', match.meetingRoomBookingId, sequence);
        }
      }
      this.notifier.ended(batch, match.id, match.mentorId, match.menteeId);
      return (await this.matches.findInTransaction(manager, match.id))!;
    });
  }

  /** Proposals nobody answered in time count as declined; mentor and mentee both hear it. */
  expireOverdue(now: Date): Promise<number> {
    return this.outbox.transaction(async (manager, batch) => {
      const expired = await this.matches.expireOverdueReturning(manager, now);
      for (const match of expired) this.notifier.expired(batch, match.id, match.mentorId, match.menteeId);
      return expired.length;
    });
  }

  /** Accepted matches whose time is up complete; both are asked for feedback. Run by the worker's schedule. */
  completeDue(now: Date): Promise<number> {
    return this.outbox.transaction(async (manager, batch) => {
      const completed = await this.matches.completeDueReturning(manager, now);
      for (const match of completed) this.notifier.feedbackRequested(batch, match.id, match.mentorId, match.menteeId);
      return completed.length;
    });
  }

  private async lockOpenProposal(
    manager: Parameters<MentorMatchRepository['lock']>[0],
    actor: Actor,
    matchId: string,
    action: 'accept' | 'decline',
    now: Date,
  ): Promise<MentorMatchEntity> {
    const match = await this.matches.lock(manager, matchId);
    // Unpublished proposals do not exist for anyone but admins yet.
    if (!match || (!match.publishedAt && !isAdmin(actor))) throw new MatchNotFoundError(matchId);
    if (match.mentorId !== actor.personId && !isAdmin(actor)) throw new NotTheMentorError(action);
    if (match.status !== MatchStatus.PROPOSED || !match.publishedAt || !match.respondBy) throw new MatchStateError(action, match.status);
    if (match.respondBy <= now) throw new MatchResponseOverdueError(match.respondBy);
    return match;
  }
}
