import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { OutboxJobPayload } from '@kennis/outbox';
import { QueueName, queueJobOptions, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { MentorMatchService } from '../services/mentor-match.service';
import { MatchingRunHandler } from './matching-run.handler';
import { MentoringJob } from './mentoring.jobs';

const EXPIRE_EVERY_MS = 60_000;

/** The matching queue: runs of rounds, and the repeatable expiry of proposals nobody answered. */
@Processor(QueueName.Matching, {
  concurrency: 1,
  lockDuration: queueLockDurationMs[QueueName.Matching],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private scheduleKeeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly runs: MatchingRunHandler,
    private readonly matches: MentorMatchService,
    @InjectQueue(QueueName.Matching) private readonly queue: Queue,
  ) {
    super();
  }

  /** The schedule lives in Redis: it is upserted at start and again now and then, as the outbox sweeper's is. */
  async onApplicationBootstrap(): Promise<void> {
    await this.keepSchedule();
    this.scheduleKeeper = setInterval(() => void this.keepSchedule().catch(() => undefined), EXPIRE_EVERY_MS * 4);
  }

  onApplicationShutdown(): void {
    clearInterval(this.scheduleKeeper);
  }

  private async keepSchedule(): Promise<void> {
    await this.queue.upsertJobScheduler(MentoringJob.MatchesExpire, { every: EXPIRE_EVERY_MS }, { name: MentoringJob.MatchesExpire });
  }

  async process(job: Job): Promise<string | number> {
    switch (job.name) {
      case MentoringJob.MatchingRun: {
        const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? queueJobOptions[QueueName.Matching].attempts ?? 1);
        return this.runs.run((job.data as OutboxJobPayload).outboxId, finalAttempt);
      }
      case MentoringJob.MatchesExpire:
        return this.matches.expireOverdue(new Date());
      default:
        throw new Error(`The ${QueueName.Matching} queue has no handler for job ${job.name}`);
    }
  }
}
