import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { OutboxJobPayload } from '@kennis/outbox';
import { QueueName, queueJobOptions, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { MentoringMailHandler } from './mentoring-mail.handler';
import { MentoringJob } from './mentoring.jobs';

@Processor(QueueName.MentoringMail, {
  concurrency: 4,
  lockDuration: queueLockDurationMs[QueueName.MentoringMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class MentoringMailProcessor extends WorkerHost {
  constructor(private readonly mail: MentoringMailHandler) {
    super();
  }

  async process(job: Job<OutboxJobPayload>): Promise<string> {
    switch (job.name) {
      case MentoringJob.MailDeliver: {
        const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? queueJobOptions[QueueName.MentoringMail].attempts ?? 1);
        return this.mail.deliver(job.data.outboxId, finalAttempt);
      }
      default:
        throw new Error(`The ${QueueName.MentoringMail} queue has no handler for job ${job.name}`);
    }
  }
}
