import { Module } from '@nestjs/common';
import { MailModule } from '@kennis/mail';
import { OutboxModule } from '@kennis/outbox';
import { SessionMailHandler } from './jobs/session-mail.handler';
import { SessionMailProcessor } from './jobs/session-mail.processor';
import { SessionReminderHandler } from './jobs/session-reminder.handler';
import { SessionReminderProcessor } from './jobs/session-reminder.processor';
import { SessionMailComposer } from './services/session-mail.composer';
import { SessionsModule } from './sessions.module';

/** The session workers: imported by apps/worker only, so the API never starts a BullMQ worker. */
@Module({
  imports: [SessionsModule, OutboxModule, MailModule],
  providers: [SessionMailComposer, SessionMailHandler, SessionReminderHandler, SessionMailProcessor, SessionReminderProcessor],
})
export class SessionsJobsModule {}
