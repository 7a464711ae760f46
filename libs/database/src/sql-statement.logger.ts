import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { countSqlStatement } from '@kennis/config';

/**
 * Writes each SQL statement to the structured log, one line each, without its parameters, and counts it
 * for the request it runs for (the API answers the count in `x-sql-statements`).
 */
export class SqlStatementLogger implements Logger {
  private readonly logger = new NestLogger('SQL');

  logQuery(query: string): void {
    countSqlStatement();
    this.logger.log(`sql ${query.replace(/\s+/g, ' ').slice(0, 500)}`);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
