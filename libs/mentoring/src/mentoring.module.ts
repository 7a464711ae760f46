import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { DiversityAttributeEntity } from './entities/diversity-attribute.entity';
import { MenteeRequestEntity } from './entities/mentee-request.entity';
import { MenteeRequestSkillEntity } from './entities/mentee-request-skill.entity';
import { MentoringRoundEntity } from './entities/mentoring-round.entity';
import { MentorMatchEntity } from './entities/mentor-match.entity';
import { MentorProfileEntity } from './entities/mentor-profile.entity';
import { MentorSkillEntity } from './entities/mentor-skill.entity';
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
];

@Module({
  imports: [
    TypeOrmModule.forFeature(mentoringEntities),
    PeopleModule,
    RoomsModule,
    OutboxModule,
  ],
  providers: [
    MentorProfileRepository,
    MenteeRequestRepository,
    DiversityAttributeRepository,
    MentoringRoundRepository,
    MentorMatchRepository,
    MatchingParticipantsRepository,
    MentoringNotifier,
    RoundPublication,
    FirstMeetingPlanner,
    MentorProfileService,
    MenteeRequestService,
    DiversityService,
    MentoringRoundService,
    MentorMatchService,
    MentoringInsightsService,
  ],
  exports: [
    MentorProfileService,
    MenteeRequestService,
    DiversityService,
    MentoringRoundService,
    MentorMatchService,
    MentoringInsightsService,
    // For the jobs module of this library.
    MentoringRoundRepository,
    MentorMatchRepository,
    MatchingParticipantsRepository,
    DiversityAttributeRepository,
    MentoringNotifier,
    RoundPublication,
  ],
})
export class MentoringModule {}
