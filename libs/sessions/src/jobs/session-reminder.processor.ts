import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { OutboxJobPayload } from '@kennis/outbox';
import { QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { SessionReminderHandler } from './session-reminder.handler';
import { SessionJob } from './sessions.jobs';

@Processor(QueueName.Reminders, {
  concurrency: 2,
  lockDuration: queueLockDurationMs[QueueName.Reminders],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class SessionReminderProcessor extends WorkerHost {
  constructor(private readonly reminders: SessionReminderHandler) {
    super();
  }

  async process(job: Job<OutboxJobPayload>): Promise<number> {
    switch (job.name) {
      case SessionJob.ReminderSend:
        return this.reminders.send(job.data.outboxId);
      default:
        throw new Error(`The ${QueueName.Reminders} queue has no handler for job ${job.name}`);
    }
  }
}
