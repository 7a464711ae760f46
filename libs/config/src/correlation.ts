import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation id of the request (or job) the current code runs for; every log line carries it. The
 * same context counts the SQL statements sent for it, when statements are logged (DATABASE_LOG_QUERIES).
 */
const correlationStorage = new AsyncLocalStorage<{ correlationId: string; sqlStatements: number }>();

export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return correlationStorage.run({ correlationId, sqlStatements: 0 }, work);
}

export function countSqlStatement(): void {
  const context = correlationStorage.getStore();
  if (context) context.sqlStatements += 1;
}

/** How many SQL statements the current request has sent so far; 0 outside a request. */
export function sqlStatementsSoFar(): number {
  return correlationStorage.getStore()?.sqlStatements ?? 0;
}

export function currentCorrelationId(): string | undefined {
  return correlationStorage.getStore()?.correlationId;
}
