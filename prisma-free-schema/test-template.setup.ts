import { recreateDatabase, templateDatabaseName } from '@kennis/testing';
import { createMigrationDataSource } from './migration-data-source';

/** Migrates the template database once per test run; each test file clones it (the jest global setup). */
export default async function migrateTestTemplate(): Promise<void> {
  const url = await recreateDatabase(templateDatabaseName());
  const dataSource = createMigrationDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
