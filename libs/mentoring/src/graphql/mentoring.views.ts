import { Injectable } from '@nestjs/common';
import { PeopleService, type PersonModel } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { MentoringRoundEntity } from '../entities/mentoring-round.entity';
import { firstMeetingCalledOff, MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MatchingCriterion } from '../matching/matching.types';
import type { MenteeRequestView } from '../services/mentee-request.service';
import type { MentorProfileView } from '../services/mentor-profile.service';
import type {
  MenteeRequestModel,
  MentoringRoundListItemModel,
  MentoringRoundModel,
  MentorMatchModel,
  MentorProfileModel,
  RoundReviewModel,
} from './mentoring.model';
import { PairRuleKind } from '../entities/mentoring-pair-rule.entity';
import type { RoundCounts } from '../repositories/mentoring-round.repository';
import type { RoundReview } from '../services/round-review.service';
import { visibleExplanation } from '../services/visible-breakdown';
import { MIN_INSIGHT_GROUP_SIZE } from '../services/mentoring-insights.service';

/** Entities into GraphQL models, field by field, so nothing private reaches the schema by accident. */
@Injectable()
export class MentoringViews {
  constructor(
    private readonly people: PeopleService,
    private readonly bookings: RoomBookingService,
  ) {}

  mentorProfile({ profile, skillsOffered }: MentorProfileView): MentorProfileModel {
    return {
      capacity: profile.capacity,
      languages: profile.languages,
      seniorityYears: profile.seniorityYears,
      active: profile.active,
      skillsOffered: skillsOffered.map((skill) => ({ name: skill.skillName, level: skill.level })),
    };
  }

  menteeRequest({ request, skillsWanted }: MenteeRequestView): MenteeRequestModel {
    return {
      id: request.id,
      roundId: request.roundId,
      goals: request.goals,
      languages: request.languages,
      seniorityYears: request.seniorityYears,
      skillsWanted: skillsWanted.map((skill) => ({ name: skill.skillName, level: skill.level })),
      prefersOtherDepartment: request.prefersOtherDepartment,
      prefersOtherSite: request.prefersOtherSite,
      prefersSameGender: request.prefersSameGender,
    };
  }

  round(round: MentoringRoundEntity): MentoringRoundModel {
    const summary = round.resultSummary;
    // Below so many pairs a total would tell single pairs' hidden points.
    const pairsShowScores = summary !== null && summary.proposedCount + summary.keptAcceptedCount >= MIN_INSIGHT_GROUP_SIZE;
    return {
      id: round.id,
      name: round.name,
      status: round.status,
      deadline: round.deadline,
      weights: Object.entries(round.criteria.weights).map(([criterion, weight]) => ({ criterion: criterion as MatchingCriterion, weight })),
      seniorityGapMin: round.criteria.seniorityGap.min,
      seniorityGapMax: round.criteria.seniorityGap.max,
      participants: round.participants,
      autoPublish: round.autoPublish,
      responseDays: round.responseDays,
      matchDurationDays: round.matchDurationDays,
      progress: round.progress,
      requestsClosedAt: round.requestsClosedAt,
      result: summary && {
        runNumber: summary.runNumber,
        mentorCount: summary.mentorCount,
        menteeCount: summary.menteeCount,
        proposedCount: summary.proposedCount,
        keptCount: summary.keptAcceptedCount,
        unmatchedCount: summary.unmatchedCount,
        totalScore: pairsShowScores ? summary.totalScore : null,
        targetCost:
          pairsShowScores && summary.targetStatus !== 'not-requested' && summary.totalScoreWithoutTargets !== undefined
            ? summary.totalScoreWithoutTargets - summary.totalScore
            : null,
        candidatePairCount: summary.candidatePairCount,
        targetStatus: summary.targetStatus,
        targetReport: summary.targetReport,
      },
      lastError: round.lastError,
    };
  }

  async matches(matches: readonly MentorMatchEntity[]): Promise<MentorMatchModel[]> {
    const ids = [...new Set(matches.flatMap((match) => [match.mentorId, match.menteeId]))];
    const people = new Map((await this.people.findPeople(ids)).map((person) => [person.id, person as PersonModel]));
    const rooms = new Map<string, string>();
    for (const bookingId of new Set(matches.flatMap((match) => (match.meetingRoomBookingId ? [match.meetingRoomBookingId] : [])))) {
      const room = await this.bookings.findRoomOfBooking(bookingId);
      if (room) rooms.set(bookingId, `${room.site} / ${room.name}`);
    }
    return matches.map((match) => {
      const visible = visibleExplanation(match.breakdown);
      const calledOff = firstMeetingCalledOff(match);
      return {
      id: match.id,
      roundId: match.roundId,
      status: match.status,
      score: visible.score,
      breakdown: visible.breakdown.map((line) => ({ criterion: line.criterion, points: line.points, explanation: line.explanation })),
      respondBy: match.respondBy,
      decidedAt: match.decidedAt,
      declineReason: match.declineReason,
      meetingStartsAt: match.meetingStartsAt,
      meetingEndsAt: match.meetingEndsAt,
      mentorMeetingAnswer: match.mentorMeetingAnswer,
      menteeMeetingAnswer: match.menteeMeetingAnswer,
      meetingRoom: match.meetingRoomBookingId && !calledOff ? (rooms.get(match.meetingRoomBookingId) ?? null) : null,
      meetingCalledOff: calledOff,
      runsUntil: match.runsUntil,
      completedAt: match.completedAt,
      mentor: people.get(match.mentorId)!,
      mentee: people.get(match.menteeId)!,
      };
    });
  }

  async review(review: RoundReview): Promise<RoundReviewModel> {
    const pins = new Set(review.rules.filter((rule) => rule.kind === PairRuleKind.PIN).map((rule) => `${rule.mentorId} ${rule.menteeId}`));
    const exclusions = review.rules.filter((rule) => rule.kind === PairRuleKind.EXCLUDE);
    const ids = [...new Set([...review.unmatched.map((entry) => entry.menteeId), ...exclusions.flatMap((rule) => [rule.mentorId, rule.menteeId])])];
    const people = new Map((await this.people.findPeople(ids)).map((person) => [person.id, person as PersonModel]));
    const pairs = await this.matches(review.pairs);
    return {
      round: this.round(review.round),
      pairs: pairs.map((match, index) => ({
        match,
        published: review.pairs[index].publishedAt !== null,
        pinned: pins.has(`${match.mentor.id} ${match.mentee.id}`),
      })),
      unmatched: review.unmatched.filter((entry) => people.has(entry.menteeId)).map((entry) => ({ mentee: people.get(entry.menteeId)!, reason: entry.reason })),
      excluded: exclusions
        .filter((rule) => people.has(rule.mentorId) && people.has(rule.menteeId))
        .map((rule) => ({ mentor: people.get(rule.mentorId)!, mentee: people.get(rule.menteeId)! })),
    };
  }

  roundListItem({ round, counts }: { round: MentoringRoundEntity; counts: RoundCounts }): MentoringRoundListItemModel {
    return { id: round.id, name: round.name, status: round.status, deadline: round.deadline, requestsClosedAt: round.requestsClosedAt, ...counts };
  }
}
