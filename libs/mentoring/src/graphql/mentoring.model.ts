import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@kennis/people';
import { MatchStatus } from '../entities/mentor-match.entity';
import { RoundStatus } from '../entities/mentoring-round.entity';
import { MIN_INSIGHT_GROUP_SIZE } from '../services/mentoring-insights.service';

registerEnumType(RoundStatus, { name: 'MentoringRoundStatus' });
registerEnumType(MatchStatus, { name: 'MentorMatchStatus' });

@ObjectType('LevelledSkill')
export class LevelledSkillModel {
  @Field()
  name: string;

  @Field(() => Int, { description: '1 (novice) to 5 (expert).' })
  level: number;
}

@ObjectType('MentorProfile')
export class MentorProfileModel {
  @Field(() => Int)
  capacity: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => Int)
  seniorityYears: number;

  @Field()
  active: boolean;

  @Field(() => [LevelledSkillModel])
  skillsOffered: LevelledSkillModel[];
}

@ObjectType('MenteeRequest')
export class MenteeRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roundId: string;

  @Field()
  goals: string;

  @Field(() => [String])
  languages: string[];

  @Field(() => Int)
  seniorityYears: number;

  @Field(() => [LevelledSkillModel], { description: 'The skills wanted, each with the level today.' })
  skillsWanted: LevelledSkillModel[];

  @Field()
  prefersOtherDepartment: boolean;

  @Field()
  prefersOtherSite: boolean;

  @Field()
  prefersSameGender: boolean;
}

/** Only ever returned to the person it belongs to. */
@ObjectType('MyDiversityAttribute')
export class MyDiversityAttributeModel {
  @Field()
  attribute: string;

  @Field()
  value: string;

  @Field(() => GraphQLISODateTime)
  consentGivenAt: Date;
}

@ObjectType('RoundParticipants')
export class RoundParticipantsModel {
  @Field(() => [String], { description: 'Empty: every department.' })
  departments: string[];

  @Field(() => [String], { description: 'Empty: every site.' })
  sites: string[];
}

@ObjectType('CriterionWeight')
export class CriterionWeightModel {
  @Field()
  criterion: string;

  @Field(() => Int)
  weight: number;
}

@ObjectType('RoundResult')
export class RoundResultModel {
  @Field(() => Int)
  runNumber: number;

  @Field(() => Int)
  mentorCount: number;

  @Field(() => Int)
  menteeCount: number;

  @Field(() => Int)
  proposedCount: number;

  @Field(() => Int, { description: 'Accepted matches and proposals awaiting an answer that the run kept.' })
  keptCount: number;

  @Field(() => Int)
  unmatchedCount: number;

  @Field(() => Int, {
    nullable: true,
    description: `The score the engine optimised over the run's pairs, diversity criteria included; null below ${MIN_INSIGHT_GROUP_SIZE} pairs, where it would tell single pairs' hidden points.`,
  })
  totalScore: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The points the round's targets cost: the best score without them minus totalScore; 0 when they cost nothing, null without targets, for runs before this was kept, and below ${MIN_INSIGHT_GROUP_SIZE} pairs.`,
  })
  targetCost: number | null;

  @Field(() => Int)
  candidatePairCount: number;

  @Field({ description: 'not-requested, met, infeasible or unsolved.' })
  targetStatus: string;

  @Field()
  targetReport: string;
}

/** What names a round: shared by the round itself, its list item and the open round a mentee sees. */
@ObjectType({ isAbstract: true })
export abstract class RoundIdentityFields {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => GraphQLISODateTime)
  deadline: Date;
}

/** A round's place in its life, for admins: shared by the round and its list item. */
@ObjectType({ isAbstract: true })
export abstract class RoundStateFields extends RoundIdentityFields {
  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin closed the round to requests; runs before are previews.' })
  requestsClosedAt: Date | null;
}

@ObjectType('MentoringRound')
export class MentoringRoundModel extends RoundStateFields {
  @Field(() => [CriterionWeightModel])
  weights: CriterionWeightModel[];

  @Field(() => Int)
  seniorityGapMin: number;

  @Field(() => Int)
  seniorityGapMax: number;

  @Field(() => RoundParticipantsModel)
  participants: RoundParticipantsModel;

  @Field()
  autoPublish: boolean;

  @Field(() => Int)
  responseDays: number;

  @Field(() => Int, { description: 'Days an accepted match runs before it completes.' })
  matchDurationDays: number;

  @Field(() => Int, { description: 'Percent of the current run done.' })
  progress: number;

  @Field(() => RoundResultModel, { nullable: true })
  result: RoundResultModel | null;

  @Field(() => String, { nullable: true, description: 'Why the last run stopped, when it did.' })
  lastError: string | null;
}

@ObjectType('ScoreLine')
export class ScoreLineModel {
  @Field()
  criterion: string;

  @Field(() => Int)
  points: number;

  @Field()
  explanation: string;
}

/** Mentor and mentee of a pair: shared by a match and by a pair an admin excluded. */
@ObjectType({ isAbstract: true })
export abstract class MentorMenteeFields {
  @Field(() => PersonModel)
  mentor: PersonModel;

  @Field(() => PersonModel)
  mentee: PersonModel;
}

@ObjectType('MentorMatch')
export class MentorMatchModel extends MentorMenteeFields {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roundId: string;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => Int, { description: 'The points of the lines shown in breakdown.' })
  score: number;

  @Field(() => [ScoreLineModel], {
    description: 'Why the match was made: one line per criterion that says nothing about anyone\'s diversity attributes.',
  })
  breakdown: ScoreLineModel[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondBy: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  meetingStartsAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  meetingEndsAt: Date | null;

  @Field(() => String, { nullable: true, description: "The mentor's calendar answer to the first meeting at its current time: ACCEPTED, TENTATIVE or DECLINED; null before any." })
  mentorMeetingAnswer: string | null;

  @Field(() => String, { nullable: true, description: "The mentee's calendar answer to the first meeting at its current time; null before any." })
  menteeMeetingAnswer: string | null;

  @Field(() => String, { nullable: true, description: 'Site / room of the first meeting; null when it is online or called off.' })
  meetingRoom: string | null;

  @Field(() => Boolean, {
    description: 'True when the match ended before its first meeting: the meeting was called off, its invite cancelled and its room given back. meetingStartsAt keeps the time it had.',
  })
  meetingCalledOff: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'An accepted match runs until then, and then completes.' })
  runsUntil: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}

@ObjectType('CriterionInsight')
export class CriterionInsightModel {
  @Field()
  criterion: string;

  @Field(() => Int, { description: 'Matches where the criterion earned points.' })
  metCount: number;

  @Field(() => Float)
  meanPoints: number;
}

@ObjectType('GroupInsight', { description: 'A group of at least 5 mentees; smaller groups are folded together or left out.' })
export class GroupInsightModel {
  @Field()
  attribute: string;

  @Field()
  group: string;

  @Field(() => Int)
  mentees: number;

  @Field(() => Int)
  matched: number;

  @Field(() => Float)
  matchRate: number;
}

@ObjectType('RoundInsights')
export class RoundInsightsModel {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int)
  matchedCount: number;

  @Field(() => Float, { nullable: true })
  meanScore: number | null;

  @Field(() => [CriterionInsightModel])
  criteria: CriterionInsightModel[];

  @Field(() => [GroupInsightModel])
  groups: GroupInsightModel[];
}

@ObjectType('ScoreBucket', { description: 'How many of the round\'s matches scored from `from` to `to` points (both included).' })
export class ScoreBucketModel {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('ScoreDistribution', {
  description: 'Match scores of a round (the score the engine optimised) as counts per bucket: no pair, no person.',
})
export class ScoreDistributionModel {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int)
  bucketWidth: number;

  @Field(() => Int, { description: 'Matches counted: proposed, accepted, completed or ended early (not declined or expired).' })
  matchCount: number;

  @Field(() => [ScoreBucketModel], { description: 'From the lowest bucket with a match to the highest, empty buckets between included.' })
  buckets: ScoreBucketModel[];
}

@ObjectType('OpenMentoringRound', { description: 'A round that takes mentee requests now.' })
export class OpenMentoringRoundModel extends RoundIdentityFields {}

export enum UnmatchedReasonValue {
  NO_MENTOR_WITH_SKILL = 'no-mentor-with-skill',
  NO_SHARED_LANGUAGE = 'no-shared-language',
  HARD_LIMIT = 'hard-limit',
  CAPACITY_FULL = 'capacity-full',
  ROUND_TARGETS = 'round-targets',
}
registerEnumType(UnmatchedReasonValue, {
  name: 'UnmatchedReason',
  description: 'Why a mentee got no proposal in the last run.',
});

@ObjectType('MentoringRoundListItem')
export class MentoringRoundListItemModel extends RoundStateFields {
  @Field(() => Int)
  requests: number;

  @Field(() => Int, { description: 'Proposals of the last run not yet published.' })
  unpublished: number;

  @Field(() => Int)
  awaitingAnswer: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  expired: number;

  @Field(() => Int, { description: 'Ended early by one of them or an admin.' })
  ended: number;

  @Field(() => Int, { description: 'Ran for the round\'s duration.' })
  completed: number;
}

@ObjectType('ReviewPair')
export class ReviewPairModel {
  @Field(() => MentorMatchModel)
  match: MentorMatchModel;

  @Field()
  published: boolean;

  @Field({ description: 'Pinned: every run of the round proposes this pair again.' })
  pinned: boolean;
}

@ObjectType('UnmatchedMentee')
export class UnmatchedMenteeModel {
  @Field(() => PersonModel)
  mentee: PersonModel;

  @Field(() => UnmatchedReasonValue)
  reason: string;
}

@ObjectType('MentorMenteePair')
export class MentorMenteePairModel extends MentorMenteeFields {}

@ObjectType('RoundReview')
export class RoundReviewModel {
  @Field(() => MentoringRoundModel)
  round: MentoringRoundModel;

  @Field(() => [ReviewPairModel], { description: 'Proposals (published or not) and accepted matches of the round.' })
  pairs: ReviewPairModel[];

  @Field(() => [UnmatchedMenteeModel])
  unmatched: UnmatchedMenteeModel[];

  @Field(() => [MentorMenteePairModel], { description: 'Pairs excluded from this round.' })
  excluded: MentorMenteePairModel[];
}

@ObjectType('MentoringMeetingLogEntry')
export class MentoringMeetingLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  matchId: string;

  @Field(() => ID, { description: 'Who logged it: the mentor or the mentee.' })
  loggedById: string;

  @Field(() => GraphQLISODateTime)
  heldAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  note: string;
}

@ObjectType('MentoringFeedback', { description: 'Your own feedback on a completed match.' })
export class MentoringFeedbackModel {
  @Field(() => ID)
  matchId: string;

  @Field(() => Int)
  rating: number;

  @Field()
  comment: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('FeedbackAggregate', { description: 'At least 5 answers.' })
export class FeedbackAggregateModel {
  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true })
  averageRating: number | null;
}

@ObjectType('RoundOutcomes', { description: 'Figures over at least 5 matches or answers; null where the group is smaller.' })
export class RoundOutcomesModel {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int, { nullable: true, description: 'Matches that were accepted: running, completed or ended early.' })
  acceptedCount: number | null;

  @Field(() => Int, { nullable: true })
  runningCount: number | null;

  @Field(() => Int, { nullable: true })
  completedCount: number | null;

  @Field(() => Int, { nullable: true })
  endedEarlyCount: number | null;

  @Field(() => Float, { nullable: true, description: 'completedCount / acceptedCount.' })
  completionRate: number | null;

  @Field(() => Int, { nullable: true })
  meetingsLogged: number | null;

  @Field(() => FeedbackAggregateModel, { nullable: true, description: 'Mentors and mentees together.' })
  feedback: FeedbackAggregateModel | null;

  @Field(() => FeedbackAggregateModel, { nullable: true })
  mentorFeedback: FeedbackAggregateModel | null;

  @Field(() => FeedbackAggregateModel, { nullable: true })
  menteeFeedback: FeedbackAggregateModel | null;
}
