import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createTestDatabase, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { printApiSchema, WEB_SCHEMA_FILE } from '../../scripts/graphql-schema';

// The web app's operations are typed from apps/web/schema.graphql; this fails when the API's schema moved on.
describe('the web app schema file', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    useTestEnvironment(database.url);
    const { createApiApplication } = await import('../api/src/api.application');
    app = await createApiApplication();
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is the SDL of the API schema as it is now (run `npm run web:schema` when not)', async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../..', WEB_SCHEMA_FILE), 'utf8');
    expect(printApiSchema(app)).toBe(committed);
  });
});
