import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { OutboxJobRunner } from '@kennis/outbox';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { MentoringMailHandler } from './mentoring-mail.handler';
import { MentoringJob } from './mentoring.jobs';

@Processor(QueueName.MentoringMail, {
  concurrency: 4,
  lockDuration: queueLockDurationMs[QueueName.MentoringMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class MentoringMailProcessor extends WorkerHost implements JobProcessor {
  constructor(
    private readonly runner: OutboxJobRunner,
    private readonly mail: MentoringMailHandler,
  ) {
    super();
  }

  readonly handlers: JobHandlers = {
    [MentoringJob.MailDeliver]: (job) => this.runner.runJob(job, this.mail),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.MentoringMail, this.handlers, job);
  }
}
