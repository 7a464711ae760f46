import { QueueName } from '@kennis/queues';

export const OutboxJob = {
  Sweep: 'outbox-sweep',
} as const;
export type OutboxJob = (typeof OutboxJob)[keyof typeof OutboxJob];

export const outboxJobQueue: Record<OutboxJob, QueueName> = {
  [OutboxJob.Sweep]: QueueName.Outbox,
};
