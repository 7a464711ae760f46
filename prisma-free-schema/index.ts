export { allEntities } from './entities';
export { allMigrations } from './migrations';
export { createMigrationDataSource } from './migration-data-source';
export { default as migrateTestTemplate } from './test-template.setup';
