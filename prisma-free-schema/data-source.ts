import { readDatabaseConfig } from '@kennis/config';
import { createMigrationDataSource } from './migration-data-source';

/** The data source of the TypeORM CLI: `npm run migration:run` applies the migrations to DATABASE_URL. */
export default createMigrationDataSource(readDatabaseConfig().url);
