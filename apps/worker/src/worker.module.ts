import { Module } from '@nestjs/common';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { MentoringJobsModule, mentoringJobQueue } from '@kennis/mentoring';
import { OutboxJobsModule, outboxJobQueue } from '@kennis/outbox';
import { QueuesModule } from '@kennis/queues';
import { sessionJobQueue, SessionsJobsModule } from '@kennis/sessions';

/** Every job a library declares; the worker refuses to boot unless each has exactly one handler. */
export const DECLARED_JOBS = [outboxJobQueue, sessionJobQueue, mentoringJobQueue];

/** The queue workers: composes the domain libraries' job modules. No business logic here. */
@Module({
  imports: [
    KennisConfigModule,
    DatabaseModule.forRoot({ applicationName: 'kennis-worker' }),
    QueuesModule.forWorker(DECLARED_JOBS),
    OutboxJobsModule,
    SessionsJobsModule,
    MentoringJobsModule,
  ],
})
export class WorkerModule {}
