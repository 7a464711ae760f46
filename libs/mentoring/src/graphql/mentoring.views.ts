import { Injectable } from '@nestjs/common';
import { PeopleService, type PersonModel } from '@kennis/people';
import { MentoringRoundEntity } from '../entities/mentoring-round.entity';
import { MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MatchingCriterion } from '../matching/matching.types';
import type { MenteeRequestView } from '../services/mentee-request.service';
import type { MentorProfileView } from '../services/mentor-profile.service';
import type { MenteeRequestModel, MentoringRoundModel, MentorMatchModel, MentorProfileModel } from './mentoring.model';

/** Entities into GraphQL models, field by field, so nothing private reaches the schema by accident. */
@Injectable()
export class MentoringViews {
  constructor(private readonly people: PeopleService) {}

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
      progress: round.progress,
      result: summary && {
        runNumber: summary.runNumber,
        mentorCount: summary.mentorCount,
        menteeCount: summary.menteeCount,
        proposedCount: summary.proposedCount,
        keptCount: summary.keptAcceptedCount,
        unmatchedCount: summary.unmatchedCount,
        totalScore: summary.totalScore,
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
    return matches.map((match) => ({
      id: match.id,
      roundId: match.roundId,
      status: match.status,
      score: match.score,
      breakdown: match.breakdown.map((line) => ({ criterion: line.criterion, points: line.points, explanation: line.explanation })),
      respondBy: match.respondBy,
      decidedAt: match.decidedAt,
      declineReason: match.declineReason,
      meetingStartsAt: match.meetingStartsAt,
      mentor: people.get(match.mentorId)!,
      mentee: people.get(match.menteeId)!,
    }));
  }
}
