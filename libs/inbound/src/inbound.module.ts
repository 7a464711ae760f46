import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { SessionFacilityRequestEntity, SessionsModule } from '@kennis/sessions';
import { FacilityRequestOccurrenceEntity } from './entities/facility-request-occurrence.entity';
import { InboundMessageEntity } from './entities/inbound-message.entity';
import { RoomApprovalEntity } from './entities/room-approval.entity';
import { RoomInviteBookingEntity } from './entities/room-invite-booking.entity';
import { SessionCalendarReplyEntity } from './entities/session-calendar-reply.entity';
import { SessionRoomAnswerEntity } from './entities/session-room-answer.entity';
import { FacilityRequestRepository } from './repositories/facility-request.repository';
import { InboundMessageRepository } from './repositories/inbound-message.repository';
import { RoomApprovalRepository } from './repositories/room-approval.repository';
import { RoomInviteBookingRepository } from './repositories/room-invite-booking.repository';
import { SessionCalendarReplyRepository } from './repositories/session-calendar-reply.repository';
import { SessionRoomAnswerRepository } from './repositories/session-room-answer.repository';
import { FacilityRequestDecisionService } from './services/facility-request-decision.service';
import { InboundAdminService } from './services/inbound-admin.service';
import { InboundIntakeService } from './services/inbound-intake.service';
import { KennisMailboxes } from './services/kennis-mailboxes.service';
import { RoomApprovalService } from './services/room-approval.service';
import { RoomMeetingService } from './services/room-meeting.service';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const inboundEntities = [InboundMessageEntity, SessionCalendarReplyEntity, RoomInviteBookingEntity, RoomApprovalEntity, SessionRoomAnswerEntity, FacilityRequestOccurrenceEntity];

/** Storing received mail and reading what became of it. Needs QueuesModule.forRoot() in the app. */
@Module({
  imports: [TypeOrmModule.forFeature([...inboundEntities, SessionFacilityRequestEntity]), OutboxModule, RoomsModule, PeopleModule, SessionsModule],
  providers: [
    FacilityRequestRepository,
    FacilityRequestDecisionService,
    InboundMessageRepository,
    RoomInviteBookingRepository,
    RoomApprovalRepository,
    SessionCalendarReplyRepository,
    SessionRoomAnswerRepository,
    InboundIntakeService,
    KennisMailboxes,
    InboundAdminService,
    RoomApprovalService,
    RoomMeetingService,
  ],
  exports: [
    FacilityRequestRepository,
    FacilityRequestDecisionService,
    InboundMessageRepository,
    RoomInviteBookingRepository,
    RoomApprovalRepository,
    SessionCalendarReplyRepository,
    SessionRoomAnswerRepository,
    InboundIntakeService,
    KennisMailboxes,
    InboundAdminService,
    RoomApprovalService,
    RoomMeetingService,
  ],
})
export class InboundModule {}
