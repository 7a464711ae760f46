import { Module } from '@nestjs/common';
import { MailModule } from '@kennis/mail';
import { OutboxModule } from '@kennis/outbox';
import { MatchingProcessor } from './jobs/matching.processor';
import { MatchingRunHandler } from './jobs/matching-run.handler';
import { MentoringMailHandler } from './jobs/mentoring-mail.handler';
import { MentoringMailProcessor } from './jobs/mentoring-mail.processor';
import { MentoringMailComposer } from './services/mentoring-mail.composer';
import { MentoringModule } from './mentoring.module';

/** The mentoring workers: imported by apps/worker only, so the API never starts a BullMQ worker. */
@Module({
  imports: [MentoringModule, OutboxModule, MailModule],
  providers: [MatchingRunHandler, MentoringMailComposer, MentoringMailHandler, MatchingProcessor, MentoringMailProcessor],
})
export class MentoringJobsModule {}
