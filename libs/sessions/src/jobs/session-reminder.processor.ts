import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { OutboxJobRunner } from '@kennis/outbox';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { SessionReminderHandler } from './session-reminder.handler';
import { SessionJob } from './sessions.jobs';

@Processor(QueueName.Reminders, {
  concurrency: 2,
  lockDuration: queueLockDurationMs[QueueName.Reminders],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class SessionReminderProcessor extends WorkerHost implements JobProcessor {
  constructor(
    private readonly runner: OutboxJobRunner,
    private readonly reminders: SessionReminderHandler,
  ) {
    super();
  }

  readonly handlers: JobHandlers = {
    [SessionJob.ReminderSend]: (job) => this.runner.runJob(job, this.reminders),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.Reminders, this.handlers, job);
  }
}
