import { createMigrationDataSource } from '../../../prisma-free-schema/migration-data-source';
import { recreateDatabase, templateDatabaseName } from './test-database';

/** Migrates the template database once per test run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const url = await recreateDatabase(templateDatabaseName());
  const dataSource = createMigrationDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
