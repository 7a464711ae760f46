import { createMigrationDataSource } from '../../../prisma-free-schema/migration-data-source';
import { recreateDatabase, TEMPLATE_DATABASE } from './test-database';

/** Migrates the template database once per test run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const url = await recreateDatabase(TEMPLATE_DATABASE);
  const dataSource = createMigrationDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
