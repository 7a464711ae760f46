export const OutboxJob = {
  Sweep: 'outbox-sweep',
} as const;
export type OutboxJob = (typeof OutboxJob)[keyof typeof OutboxJob];
