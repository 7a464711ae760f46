export { createTestDatabase, recreateDatabase, TEMPLATE_DATABASE, templateDatabaseUrl } from './test-database';
export type { TestDatabase } from './test-database';
