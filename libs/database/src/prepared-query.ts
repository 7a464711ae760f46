import { type DataSource, type EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** Past this many distinct texts, reads run unnamed again: the names are kept for the life of the process. */
const MAX_STATEMENTS = 512;
/**
 * One name per statement text, for the whole process: the pool's connections are shared, and a name
 * must always mean the same text (pg refuses a known name with another text).
 */
const statementNames = new Map<string, string>();

interface NamedQueryPool {
  query<T>(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * A read that every request sends (the actor, the session list's page), or a statement every outbox job
 * sends (its attempt count), as a named prepared statement on TypeORM's own pool: PostgreSQL parses and
 * plans it once per connection instead of on every request, and TypeORM's query runner is skipped (its
 * query() cannot name a statement). Outside any transaction.
 * It is logged and counted like every statement (DATABASE_LOG_QUERIES, x-sql-statements) and fails
 * with TypeORM's QueryFailedError as well, so error handling sees no difference.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as NamedQueryPool;
  return runNamed<T>(dataSource, pool, text, values);
}

/**
 * The same on the caller's connection, in its transaction when one is open: a statement that every
 * outbox row runs in its delivery's transaction (the row's lock, the mail's snapshot). Without a query
 * runner (the default manager) it is queryPrepared on the pool.
 */
export async function queryPreparedIn<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (!manager.queryRunner) return queryPrepared<T>(manager.connection, text, values);
  if (manager.queryRunner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await manager.queryRunner.connect()) as NamedQueryPool;
  return runNamed<T>(manager.connection, client, text, values);
}

async function runNamed<T>(dataSource: DataSource, target: NamedQueryPool, text: string, values: unknown[]): Promise<T[]> {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_STATEMENTS) {
    name = `kennis_read_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  dataSource.logger.logQuery(text, values);
  try {
    return (await target.query<T>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
