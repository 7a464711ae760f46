import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { OutboxJobPayload } from '@kennis/outbox';
import { QueueName, queueJobOptions, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { InboundAnswerHandler } from './inbound-answer.handler';
import { InboundMessageHandler } from './inbound-message.handler';
import { InboundJob } from './inbound.jobs';

/** The inbound-mail queue: received messages to process and the answers they cause. */
@Processor(QueueName.InboundMail, {
  concurrency: 8,
  lockDuration: queueLockDurationMs[QueueName.InboundMail],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class InboundMailProcessor extends WorkerHost {
  constructor(
    private readonly messages: InboundMessageHandler,
    private readonly answers: InboundAnswerHandler,
  ) {
    super();
  }

  async process(job: Job<OutboxJobPayload>): Promise<string> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? queueJobOptions[QueueName.InboundMail].attempts ?? 1);
    switch (job.name) {
      case InboundJob.MessageProcess:
        return this.messages.process(job.data.outboxId, finalAttempt);
      case InboundJob.AnswerDeliver:
        return this.answers.deliver(job.data.outboxId, finalAttempt);
      default:
        throw new Error(`The ${QueueName.InboundMail} queue has no handler for job ${job.name}`);
    }
  }
}
