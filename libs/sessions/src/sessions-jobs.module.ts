import { Module } from '@nestjs/common';
import { MailModule } from '@kennis/mail';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { SessionMailHandler } from './jobs/session-mail.handler';
import { SessionMailProcessor } from './jobs/session-mail.processor';
import { SessionReminderHandler } from './jobs/session-reminder.handler';
import { SessionReminderProcessor } from './jobs/session-reminder.processor';
import { SessionMailLoader } from './mail/session-mail.loader';
import { SessionMailRepository } from './repositories/session-mail.repository';
import { SessionsModule } from './sessions.module';

/** The session workers: imported by apps/worker only, so the API never starts a BullMQ worker. */
@Module({
  imports: [SessionsModule, PeopleModule, RoomsModule, OutboxModule, MailModule],
  providers: [SessionMailRepository, SessionMailLoader, SessionMailHandler, SessionReminderHandler, SessionMailProcessor, SessionReminderProcessor],
})
export class SessionsJobsModule {}
