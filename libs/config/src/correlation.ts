import { AsyncLocalStorage } from 'node:async_hooks';

/** The correlation id of the request (or job) the current code runs for; every log line carries it. */
const correlationStorage = new AsyncLocalStorage<{ correlationId: string }>();

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return correlationStorage.run({ correlationId }, work);
}

export function currentCorrelationId(): string | undefined {
  return correlationStorage.getStore()?.correlationId;
}
