import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { OutboxJobRunner } from '@kennis/outbox';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { SessionMailHandler } from './session-mail.handler';
import { SessionJob } from './sessions.jobs';

/** The session-mail queue: a batch of up to 50 mails per job (one row for older rows), eight jobs at a time per worker. */
@Processor(QueueName.SessionMail, {
  concurrency: 8,
  lockDuration: queueLockDurationMs[QueueName.SessionMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class SessionMailProcessor extends WorkerHost implements JobProcessor {
  constructor(
    private readonly runner: OutboxJobRunner,
    private readonly mail: SessionMailHandler,
  ) {
    super();
  }

  readonly handlers: JobHandlers = {
    [SessionJob.MailDeliver]: (job) => this.runner.runJob(job, this.mail),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.SessionMail, this.handlers, job);
  }
}
