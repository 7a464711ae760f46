import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { OutboxJobPayload } from '@kennis/outbox';
import { QueueName, queueJobOptions, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { SessionMailHandler } from './session-mail.handler';
import { SessionJob } from './sessions.jobs';

/** The session-mail queue: one delivery per job, eight at a time per worker. */
@Processor(QueueName.SessionMail, {
  concurrency: 8,
  lockDuration: queueLockDurationMs[QueueName.SessionMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class SessionMailProcessor extends WorkerHost {
  constructor(private readonly mail: SessionMailHandler) {
    super();
  }

  async process(job: Job<OutboxJobPayload>): Promise<string> {
    switch (job.name) {
      case SessionJob.MailDeliver: {
        const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? queueJobOptions[QueueName.SessionMail].attempts ?? 1);
        return this.mail.deliver(job.data.outboxId, finalAttempt);
      }
      default:
        throw new Error(`The ${QueueName.SessionMail} queue has no handler for job ${job.name}`);
    }
  }
}
