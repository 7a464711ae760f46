import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { Clock } from '@kennis/config';
import { OutboxJobRunner } from '@kennis/outbox';
import { dispatchJob, type JobHandlers, type JobProcessor, QueueName, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from '@kennis/queues';
import { MentorMatchService } from '../services/mentor-match.service';
import { MatchingRunHandler } from './matching-run.handler';
import { MentoringJob } from './mentoring.jobs';

const EXPIRE_EVERY_MS = 60_000;

/** The matching queue: runs of rounds, and the repeatable expiry of proposals nobody answered and completion of matches whose time is up. */
@Processor(QueueName.Matching, {
  concurrency: 1,
  lockDuration: queueLockDurationMs[QueueName.Matching],
  stalledInterval: STALLED_CHECK_INTERVAL_MS,
})
export class MatchingProcessor extends WorkerHost implements JobProcessor, OnApplicationBootstrap, OnApplicationShutdown {
  private scheduleKeeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly runner: OutboxJobRunner,
    private readonly runs: MatchingRunHandler,
    private readonly matches: MentorMatchService,
    private readonly clock: Clock,
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
    await this.queue.upsertJobScheduler(MentoringJob.MatchesComplete, { every: EXPIRE_EVERY_MS }, { name: MentoringJob.MatchesComplete });
  }

  readonly handlers: JobHandlers = {
    [MentoringJob.MatchingRun]: (job) => this.runner.runJob(job, this.runs),
    [MentoringJob.MatchesExpire]: () => this.matches.expireOverdue(this.clock.now()),
    [MentoringJob.MatchesComplete]: () => this.matches.completeDue(this.clock.now()),
  };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.Matching, this.handlers, job);
  }
}
