import { Module } from '@nestjs/common';
import { MailModule } from '@kennis/mail';
import { OutboxModule } from '@kennis/outbox';
import { PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { MatchingProcessor } from './jobs/matching.processor';
import { MatchingRunHandler } from './jobs/matching-run.handler';
import { MentoringMailHandler } from './jobs/mentoring-mail.handler';
import { MentoringMailProcessor } from './jobs/mentoring-mail.processor';
import { MentoringMailLoader } from './mail/mentoring-mail.loader';
import { MentoringModule } from './mentoring.module';

/** The mentoring workers: imported by apps/worker only, so the API never starts a BullMQ worker. */
@Module({
  imports: [MentoringModule, PeopleModule, RoomsModule, OutboxModule, MailModule],
  providers: [MatchingRunHandler, MentoringMailLoader, MentoringMailHandler, MatchingProcessor, MentoringMailProcessor],
})
export class MentoringJobsModule {}
