export { kennisDataSourceOptions } from './data-source-options';
export type { KennisDataSourceSettings } from './data-source-options';
export { DatabaseModule } from './database.module';
export type { DatabaseModuleOptions } from './database.module';
export { asPostgresError, isPostgresError, PostgresErrorCode, returnedRows } from './postgres-errors';
export type { PostgresError } from './postgres-errors';
export { QueryCounter } from './query-counter';
export { SnakeNamingStrategy } from './snake-naming.strategy';
