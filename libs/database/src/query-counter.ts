import { type Logger } from 'typeorm';

/**
 * Counts the SQL statements TypeORM sends. Installed in tests and benchmarks to show that a query
 * costs a fixed number of statements (no N+1), whatever the number of rows.
 */
export class QueryCounter implements Logger {
  readonly statements: string[] = [];

  get total(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
