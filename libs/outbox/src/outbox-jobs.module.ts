import { Module } from '@nestjs/common';
import { OutboxProcessor } from './jobs/outbox.processor';
import { OutboxModule } from './outbox.module';

/** The sweeper worker: imported by apps/worker only. */
@Module({
  imports: [OutboxModule],
  providers: [OutboxProcessor],
})
export class OutboxJobsModule {}
