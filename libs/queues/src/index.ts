export { outboxBatchSize, QueueName, queueJobOptions, queueLockDurationMs, STALLED_CHECK_INTERVAL_MS } from './queue-names';
export { QueuesModule } from './queues.module';
export { RedisHealth } from './redis.health';
export { dispatchJob, jobHandlerProblems } from './job-handlers';
export type { DeclaredJobs, DiscoveredProcessor, JobHandlers, JobProcessor } from './job-handlers';
