import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Job, Queue } from 'bullmq';
import { redisConfig } from '@kennis/config';
import { QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { OutboxService } from '../services/outbox.service';
import { OutboxJob } from './outbox.jobs';

/** The sweeper: a repeatable job that hands due, unfinished outbox rows to BullMQ again. */
@Processor(QueueName.Outbox, {
  concurrency: 1,
  lockDuration: queueLockDurationMs[QueueName.Outbox],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class OutboxProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly outbox: OutboxService,
    @InjectQueue(QueueName.Outbox) private readonly queue: Queue,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
  ) {
    super();
  }

  /** The schedule lives in Redis; upserting it on every start also restores it after Redis was emptied. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(OutboxJob.Sweep, { every: this.redis.sweepIntervalMs }, { name: OutboxJob.Sweep });
  }

  async process(job: Job): Promise<number> {
    switch (job.name) {
      case OutboxJob.Sweep:
        return this.outbox.sweep(new Date());
      default:
        throw new Error(`The ${QueueName.Outbox} queue has no handler for job ${job.name}`);
    }
  }
}
