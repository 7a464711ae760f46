export { DIVERSITY_ATTRIBUTE_NAMES, DiversityAttributeEntity } from './entities/diversity-attribute.entity';
export type { DiversityAttributeName } from './entities/diversity-attribute.entity';
export { MenteeRequestEntity } from './entities/mentee-request.entity';
export { MenteeRequestSkillEntity } from './entities/mentee-request-skill.entity';
export { MentoringRoundEntity, RoundStatus } from './entities/mentoring-round.entity';
export type { RoundParticipants, RoundResultSummary } from './entities/mentoring-round.entity';
export { MatchStatus, MentorMatchEntity } from './entities/mentor-match.entity';
export { MentorProfileEntity } from './entities/mentor-profile.entity';
export { MentorSkillEntity } from './entities/mentor-skill.entity';
export { MentoringJob, MentoringMailKind, mentoringJobQueue } from './jobs/mentoring.jobs';
export type { MatchingRunPayload, MentoringMailPayload } from './jobs/mentoring.jobs';
export { MentoringGraphqlModule } from './mentoring-graphql.module';
export { MentoringModule, mentoringEntities } from './mentoring.module';
export { DiversityService } from './services/diversity.service';
export { MenteeRequestService } from './services/mentee-request.service';
export { MentorMatchService } from './services/mentor-match.service';
export { MentorMeetingService } from './services/mentor-meeting.service';
export { MentorProfileService } from './services/mentor-profile.service';
export { MentoringInsightsService } from './services/mentoring-insights.service';
export { MentoringRoundService } from './services/mentoring-round.service';
export { MentoringJobsModule } from './mentoring-jobs.module';
export { MentoringPairRuleEntity, PairRuleKind } from './entities/mentoring-pair-rule.entity';
export { RoundReviewService } from './services/round-review.service';
export { DEFAULT_ROUND_CRITERIA } from './matching/matching-engine';
// The matching engine and its parts, for bench/ (which compares the optimal engine with a greedy baseline).
export { buildCandidateArcs } from './matching/candidate-arcs';
export { solveGreedyAssignment } from './matching/greedy-assignment';
export { validateMatchingInput } from './matching/matching-input.validation';
export { DEFAULT_CRITERION_WEIGHTS, matchMentors } from './matching/matching-engine';
export type {
  MatchingInput,
  MatchingResult,
  MenteeCandidate,
  MentorCandidate,
  RoundCriteria,
  RoundTargets,
  SkillLevel,
} from './matching/matching.types';
export { solveMaxScoreAssignment } from './matching/max-score-assignment';
export { prepareRound } from './matching/prepared-round';
