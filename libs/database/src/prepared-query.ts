import { type DataSource, QueryFailedError } from 'typeorm';
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
 * A read that every request sends (the actor, the session list's page) as a named prepared statement
 * on TypeORM's own pool: PostgreSQL parses and plans it once per connection instead of on every request,
 * and TypeORM's query runner is skipped (its query() cannot name a statement). Outside any transaction.
 * It is logged and counted like every statement (DATABASE_LOG_QUERIES, x-sql-statements) and fails
 * with TypeORM's QueryFailedError as well, so error handling sees no difference.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_STATEMENTS) {
    name = `kennis_read_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as NamedQueryPool;
  try {
    return (await pool.query<T>({ name, text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
