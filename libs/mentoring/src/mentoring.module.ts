import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { SessionsModule } from '@kennis/sessions';
import { MentoringFeedbackEntity } from './entities/mentoring-feedback.entity';
import { MentoringMeetingLogEntity } from './entities/mentoring-meeting-log.entity';
import { MatchFollowUpRepository } from './repositories/match-follow-up.repository';
import { CheckInSchedule } from './services/check-in-schedule';
import { MatchFollowUpService } from './services/match-follow-up.service';
import { MentorMeetingService } from './services/mentor-meeting.service';
import { DiversityAttributeEntity } from './entities/diversity-attribute.entity';
import { MenteeRequestEntity } from './entities/mentee-request.entity';
import { MenteeRequestSkillEntity } from './entities/mentee-request-skill.entity';
import { MentoringRoundEntity } from './entities/mentoring-round.entity';
import { MentorMatchEntity } from './entities/mentor-match.entity';
import { MentorProfileEntity } from './entities/mentor-profile.entity';
import { MentorSkillEntity } from './entities/mentor-skill.entity';
import { MentoringPairRuleEntity } from './entities/mentoring-pair-rule.entity';
import { MentoringPairRuleRepository } from './repositories/mentoring-pair-rule.repository';
import { MentoringCommitmentsRepository } from './repositories/mentoring-commitments.repository';
import { RoundReviewService } from './services/round-review.service';
import { DiversityAttributeRepository } from './repositories/diversity-attribute.repository';
import { MatchingParticipantsRepository } from './repositories/matching-participants.repository';
import { MenteeRequestRepository } from './repositories/mentee-request.repository';
import { MentorMatchRepository } from './repositories/mentor-match.repository';
import { MentorProfileRepository } from './repositories/mentor-profile.repository';
import { MentoringRoundRepository } from './repositories/mentoring-round.repository';
import { DiversityService } from './services/diversity.service';
import { FirstMeetingPlanner } from './services/first-meeting-planner';
import { MenteeRequestService } from './services/mentee-request.service';
import { MentorMatchService } from './services/mentor-match.service';
import { MentorProfileService } from './services/mentor-profile.service';
import { MentoringInsightsService } from './services/mentoring-insights.service';
import { MentoringNotifier } from './services/mentoring-notifier';
import { MentoringRoundService } from './services/mentoring-round.service';
import { RoundPublication } from './services/round-publication';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const mentoringEntities = [
  MentorProfileEntity,
  MentorSkillEntity,
  MentoringRoundEntity,
  MenteeRequestEntity,
  MenteeRequestSkillEntity,
  DiversityAttributeEntity,
  MentorMatchEntity,
  MentoringPairRuleEntity,
  MentoringMeetingLogEntity,
  MentoringFeedbackEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(mentoringEntities),
    PeopleModule,
    RoomsModule,
    SessionsModule,
    OutboxModule,
  ],
  providers: [
    MatchFollowUpRepository,
    CheckInSchedule,
    MatchFollowUpService,
    MentorMeetingService,
    MentorProfileRepository,
    MenteeRequestRepository,
    DiversityAttributeRepository,
    MentoringRoundRepository,
    MentorMatchRepository,
    MatchingParticipantsRepository,
    MentoringPairRuleRepository,
    MentoringCommitmentsRepository,
    MentoringNotifier,
    RoundPublication,
    FirstMeetingPlanner,
    RoundReviewService,
    MentorProfileService,
    MenteeRequestService,
    DiversityService,
    MentoringRoundService,
    MentorMatchService,
    MentoringInsightsService,
  ],
  exports: [
    MatchFollowUpService,
    MentorMeetingService,
    CheckInSchedule,
    MentorProfileService,
    MenteeRequestService,
    DiversityService,
    MentoringRoundService,
    MentorMatchService,
    MentoringInsightsService,
    RoundReviewService,
    // For the jobs module of this library.
    MentoringPairRuleRepository,
    MentoringRoundRepository,
    MentorMatchRepository,
    MatchingParticipantsRepository,
    DiversityAttributeRepository,
    MentoringNotifier,
    RoundPublication,
  ],
})
export class MentoringModule {}
