import { Module } from '@nestjs/common';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { InboundJobsModule } from '@kennis/inbound';
import { MentoringJobsModule } from '@kennis/mentoring';
import { OutboxJobsModule } from '@kennis/outbox';
import { QueuesModule } from '@kennis/queues';
import { SessionsJobsModule } from '@kennis/sessions';

/** The queue workers: composes the domain libraries' job modules. No business logic here. */
@Module({
  imports: [
    KennisConfigModule,
    DatabaseModule.forRoot({ applicationName: 'kennis-worker' }),
    QueuesModule.forRoot(),
    OutboxJobsModule,
    SessionsJobsModule,
    MentoringJobsModule,
    InboundJobsModule,
  ],
})
export class WorkerModule {}
