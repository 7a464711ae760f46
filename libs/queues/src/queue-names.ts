import { type DefaultJobOptions } from 'bullmq';

/** One queue per workload; job names are <noun>-<verb>. */
export const QueueName = {
  SessionMail: 'session-mail',
  Reminders: 'reminders',
  Outbox: 'outbox',
  Matching: 'matching',
  MentoringMail: 'mentoring-mail',
  InboundMail: 'inbound-mail',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/**
 * Attempts, backoff and retention per queue. Backoff is exponential with jitter so that a mail server
 * coming back is not hit by every retry at once. PostgreSQL keeps the truth, so Redis may forget
 * finished jobs quickly.
 */
export const queueJobOptions: Record<QueueName, DefaultJobOptions> = {
  [QueueName.SessionMail]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
  },
  [QueueName.Reminders]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 1000 },
  },
  [QueueName.Outbox]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 100 },
  },
  [QueueName.Matching]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 500 },
  },
  [QueueName.MentoringMail]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
  },
  // Received mail and Kennis's answers to it: the same retries as outgoing mail.
  [QueueName.InboundMail]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
    removeOnComplete: { count: 1000 },
    removeOnFail: { count: 5000 },
  },
};

/**
 * How long a job's lock lives without renewal (a live worker renews it at half that), and how often
 * workers look for jobs whose worker died: a killed worker's jobs run again within about both added up.
 */
export const queueLockDurationMs: Record<QueueName, number> = {
  [QueueName.SessionMail]: 15_000,
  [QueueName.Reminders]: 15_000,
  [QueueName.Outbox]: 15_000,
  // A whole round is matched in one job: seconds for thousands of people, more with round targets.
  [QueueName.Matching]: 120_000,
  [QueueName.MentoringMail]: 15_000,
  [QueueName.InboundMail]: 15_000,
};
export const STALLED_CHECK_INTERVAL_MS = 5_000;

/**
 * Queues whose outbox rows go out in batches: rows written in one transaction are handed to BullMQ
 * as jobs of up to this many rows (libs/outbox). One job per mail costs a BullMQ round trip and about
 * nine SQL statements per mail; a batch loads its rows and what they are about once. Every other
 * queue gets one job per row.
 */
export const outboxBatchSize: Partial<Record<QueueName, number>> = {
  [QueueName.SessionMail]: 50,
};
