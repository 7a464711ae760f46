import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';

/** Writes each SQL statement to the structured log, one line each, without its parameters. */
export class SqlStatementLogger implements Logger {
  private readonly logger = new NestLogger('SQL');

  logQuery(query: string): void {
    this.logger.log(`sql ${query.replace(/\s+/g, ' ').slice(0, 500)}`);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
