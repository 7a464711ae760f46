import { Module } from '@nestjs/common';
import { MailModule } from '@kennis/mail';
import { MentoringModule } from '@kennis/mentoring';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { SessionsModule } from '@kennis/sessions';
import { InboundImapReader } from './imap/inbound-imap.reader';
import { FacilityRequestMailHandler } from './jobs/facility-request-mail.handler';
import { InboundAnswerHandler } from './jobs/inbound-answer.handler';
import { InboundMailProcessor } from './jobs/inbound-mail.processor';
import { InboundMessageHandler } from './jobs/inbound-message.handler';
import { RoomApprovalAnswerHandler } from './jobs/room-approval-answer.handler';
import { RoomMeetingMailHandler } from './jobs/room-meeting-mail.handler';
import { InboundModule } from './inbound.module';
import { FacilityInviteService } from './services/facility-invite.service';
import { InboundAnswerComposer } from './services/inbound-answer.composer';
import { InboundProcessingService } from './services/inbound-processing.service';
import { MailAuthentication } from './services/mail-authentication';
import { RoomInviteBookingService } from './services/room-invite-booking.service';
import { MentoringReplyService } from './services/mentoring-reply.service';
import { SessionReplyService } from './services/session-reply.service';
import { InboundSmtpListener } from './smtp/inbound-smtp.listener';

/**
 * The ways in (SMTP listener, IMAP reader) and the inbound-mail worker: imported by apps/worker only.
 * The listener lives with the worker because it needs nothing the worker lacks (the database and the
 * outbox) and answers 250 only after a commit; the API never listens for mail.
 */
@Module({
  imports: [InboundModule, OutboxModule, MailModule, PeopleModule, RoomsModule, SessionsModule, MentoringModule],
  providers: [
    MailAuthentication,
    RoomInviteBookingService,
    FacilityInviteService,
    SessionReplyService,
    MentoringReplyService,
    InboundProcessingService,
    InboundAnswerComposer,
    InboundMessageHandler,
    InboundAnswerHandler,
    RoomApprovalAnswerHandler,
    RoomMeetingMailHandler,
    FacilityRequestMailHandler,
    InboundMailProcessor,
    InboundSmtpListener,
    InboundImapReader,
  ],
  exports: [InboundSmtpListener, InboundImapReader, MailAuthentication],
})
export class InboundJobsModule {}
