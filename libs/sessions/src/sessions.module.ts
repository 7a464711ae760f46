import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { RegistrationEntity } from './entities/registration.entity';
import { SessionFacilityRequestEntity } from './entities/session-facility-request.entity';
import { SessionHostEntity } from './entities/session-host.entity';
import { SessionInterestEntity } from './entities/session-interest.entity';
import { SessionSkillEntity } from './entities/session-skill.entity';
import { SessionEntity } from './entities/session.entity';
import { RegistrationRepository } from './repositories/registration.repository';
import { SessionFacilityRequestRepository } from './repositories/session-facility-request.repository';
import { SessionMembershipRepository } from './repositories/session-membership.repository';
import { SessionMessageRepository } from './repositories/session-message.repository';
import { SessionRepository } from './repositories/session.repository';
import { SessionAccess } from './services/session-access';
import { SessionEnrolmentService } from './services/session-enrolment.service';
import { SessionFacilityService } from './services/session-facility.service';
import { SessionNotifier } from './services/session-notifier';
import { SessionProposalService } from './services/session-proposal.service';
import { SessionMessageService } from './services/session-message.service';
import { SessionQueryService } from './services/session-query.service';
import { SessionRoomApprovalService } from './services/session-room-approval.service';
import { SessionSchedulingService } from './services/session-scheduling.service';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const sessionsEntities = [
  SessionEntity,
  SessionHostEntity,
  SessionSkillEntity,
  SessionInterestEntity,
  RegistrationEntity,
  SessionFacilityRequestEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(sessionsEntities),
    PeopleModule,
    RoomsModule,
    OutboxModule,
  ],
  providers: [
    SessionRepository,
    SessionMembershipRepository,
    SessionFacilityRequestRepository,
    SessionMessageRepository,
    RegistrationRepository,
    SessionAccess,
    SessionNotifier,
    SessionProposalService,
    SessionSchedulingService,
    SessionEnrolmentService,
    SessionQueryService,
    SessionMessageService,
    SessionFacilityService,
    SessionRoomApprovalService,
  ],
  exports: [SessionRepository, RegistrationRepository, SessionMembershipRepository, SessionFacilityRequestRepository, SessionFacilityService, SessionProposalService, SessionSchedulingService, SessionEnrolmentService, SessionQueryService, SessionMessageService, SessionRoomApprovalService],
})
export class SessionsModule {}
