export { QueueName, queueJobOptions, queueLockDurationMs } from './queue-names';
export { QueuesModule } from './queues.module';
export { RedisHealth } from './redis.health';
