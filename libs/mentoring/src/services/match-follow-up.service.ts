import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { MatchStatus, type MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MentoringFeedbackEntity } from '../entities/mentoring-feedback.entity';
import type { MentoringMeetingLogEntity } from '../entities/mentoring-meeting-log.entity';
import { MatchNotFoundError, MatchStateError, NotAdminError, RoundNotFoundError } from '../errors/mentoring.errors';
import { type FeedbackAggregate, MatchFollowUpRepository } from '../repositories/match-follow-up.repository';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { MIN_INSIGHT_GROUP_SIZE } from './mentoring-insights.service';

/** A little slack for clocks: a meeting that just ended may be logged a moment "early". */
const CLOCK_SLACK_MS = 5 * 60_000;

export interface MeetingLogInput {
  heldAt: Date;
  durationMinutes: number;
  note: string;
}

/** Figures of at least MIN_INSIGHT_GROUP_SIZE people or matches; null when the group is smaller. */
export interface RoundOutcomes {
  roundId: string;
  acceptedCount: number | null;
  runningCount: number | null;
  completedCount: number | null;
  endedEarlyCount: number | null;
  completionRate: number | null;
  meetingsLogged: number | null;
  feedback: FeedbackAggregate | null;
  mentorFeedback: FeedbackAggregate | null;
  menteeFeedback: FeedbackAggregate | null;
}

/** After the acceptance: mentor and mentee log their meetings, give feedback at the end, and admins see how rounds went. */
@Injectable()
export class MatchFollowUpService {
  constructor(
    private readonly matches: MentorMatchRepository,
    private readonly followUp: MatchFollowUpRepository,
    private readonly rounds: MentoringRoundRepository,
  ) {}

  async logMeeting(actor: Actor, matchId: string, input: MeetingLogInput, now: Date): Promise<MentoringMeetingLogEntity> {
    const match = await this.ownMatch(actor, matchId, false);
    if (match.status !== MatchStatus.ACCEPTED && match.status !== MatchStatus.COMPLETED) {
      throw new MatchStateError('log a meeting of', match.status, 'only a running or completed match has meetings.');
    }
    if (input.heldAt.getTime() > now.getTime() + CLOCK_SLACK_MS) throw new BadUserInputError('heldAt', 'heldAt must not be in the future: log a meeting once it was held.');
    if (match.decidedAt && input.heldAt < match.decidedAt) {
      throw new BadUserInputError('heldAt', `heldAt must be on or after ${match.decidedAt.toISOString()}, when the match began.`);
    }
    return this.followUp.insertMeetingLog({ matchId, loggedById: actor.personId, heldAt: input.heldAt, durationMinutes: input.durationMinutes, note: input.note.trim() });
  }

  /** The meetings the two of them logged; an admin may look too. */
  async meetingLog(actor: Actor, matchId: string): Promise<MentoringMeetingLogEntity[]> {
    await this.ownMatch(actor, matchId, true);
    return this.followUp.findMeetingLogs(matchId);
  }

  async giveFeedback(actor: Actor, matchId: string, rating: number, comment: string): Promise<MentoringFeedbackEntity> {
    const match = await this.ownMatch(actor, matchId, false);
    if (match.status !== MatchStatus.COMPLETED) throw new MatchStateError('give feedback on', match.status, 'feedback is asked for when the match completes.');
    return this.followUp.insertFeedback(matchId, actor.personId, rating, comment.trim());
  }

  /** Your own feedback on the match; nobody else's, not even the other person's. */
  async myFeedback(actor: Actor, matchId: string): Promise<MentoringFeedbackEntity | null> {
    await this.ownMatch(actor, matchId, false);
    return this.followUp.findFeedback(matchId, actor.personId);
  }

  async roundOutcomes(actor: Actor, roundId: string): Promise<RoundOutcomes> {
    if (!isAdmin(actor)) throw new NotAdminError('see the outcomes of a mentoring round');
    if (!(await this.rounds.findById(roundId))) throw new RoundNotFoundError(roundId);
    const counts = await this.matches.outcomeCounts(roundId);
    const large = counts.accepted >= MIN_INSIGHT_GROUP_SIZE;
    const shown = (aggregate: FeedbackAggregate) => (aggregate.responses >= MIN_INSIGHT_GROUP_SIZE ? aggregate : null);
    const [all, mentors, mentees] = await Promise.all([
      this.followUp.feedbackAggregate(roundId, null),
      this.followUp.feedbackAggregate(roundId, 'mentor'),
      this.followUp.feedbackAggregate(roundId, 'mentee'),
    ]);
    return {
      roundId,
      acceptedCount: large ? counts.accepted : null,
      runningCount: large ? counts.running : null,
      completedCount: large ? counts.completed : null,
      endedEarlyCount: large ? counts.endedEarly : null,
      completionRate: large ? counts.completed / counts.accepted : null,
      meetingsLogged: large ? await this.followUp.countMeetingLogs(roundId) : null,
      feedback: shown(all),
      mentorFeedback: shown(mentors),
      menteeFeedback: shown(mentees),
    };
  }

  private async ownMatch(actor: Actor, matchId: string, adminMayRead: boolean): Promise<MentorMatchEntity> {
    const match = await this.matches.findById(matchId);
    const involved = match && (match.mentorId === actor.personId || match.menteeId === actor.personId);
    if (!match || !match.publishedAt || (!involved && !(adminMayRead && isAdmin(actor)))) throw new MatchNotFoundError(matchId);
    return match;
  }
}
