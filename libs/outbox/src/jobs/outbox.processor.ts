import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Job, Queue } from 'bullmq';
import { outboxConfig } from '@kennis/config';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { OutboxService } from '../services/outbox.service';
import { OutboxJob } from './outbox.jobs';

/** The sweeper: a repeatable job that hands due, unfinished outbox rows to BullMQ again. */
@Processor(QueueName.Outbox, {
  concurrency: 1,
  lockDuration: queueLockDurationMs[QueueName.Outbox],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class OutboxProcessor extends WorkerHost implements JobProcessor, OnApplicationBootstrap, OnApplicationShutdown {
  private scheduleKeeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: OutboxService,
    @InjectQueue(QueueName.Outbox) private readonly queue: Queue,
    @Inject(outboxConfig.KEY) private readonly config: ConfigType<typeof outboxConfig>,
  ) {
    super();
  }

  /**
   * The schedule lives in Redis, so it is gone when Redis is emptied. Upserting it at start and again
   * every few sweep intervals brings it back without a restart; an upsert of an existing schedule changes nothing.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.keepSchedule();
    this.scheduleKeeper = setInterval(() => void this.keepSchedule().catch(() => undefined), this.config.sweepIntervalMs * 4);
  }

  onApplicationShutdown(): void {
    clearInterval(this.scheduleKeeper);
  }

  private async keepSchedule(): Promise<void> {
    await this.queue.upsertJobScheduler(OutboxJob.Sweep, { every: this.config.sweepIntervalMs }, { name: OutboxJob.Sweep });
  }

  readonly handlers: JobHandlers = {
    [OutboxJob.Sweep]: () => this.outbox.sweep(new Date()),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.Outbox, this.handlers, job);
  }
}
