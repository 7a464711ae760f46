/**
 * `npm run web:schema`: writes apps/web/schema.graphql from the real API schema, then regenerates the web
 * app's typed operations (apps/web/src/gql). It builds the API in this process over the test PostgreSQL
 * and Redis (TEST_DATABASE_URL, TEST_REDIS_URL: building the schema reads no table) without listening.
 * With --out=<file> it writes the SDL there and nothing else (the staleness test compares it).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readTestConfig } from '@kennis/config';
import { printApiSchema, WEB_SCHEMA_FILE } from './graphql-schema';

const root = path.resolve(import.meta.dirname, '../..');
const out = process.argv.find((argument) => argument.startsWith('--out='))?.slice('--out='.length) ?? null;
const test = readTestConfig();
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATABASE_URL: test.adminDatabaseUrl,
  REDIS_URL: test.redisUrl,
  QUEUE_PREFIX: `kennis-schema-${process.pid}`,
  JWT_SECRET: 'schema-printing-only-'.padEnd(40, 'x'),
  LOG_LEVEL: 'warn',
});
const { createApiApplication } = await import('../apps/api/src/api.application');
const app = await createApiApplication();
await app.init();
try {
  const sdl = printApiSchema(app);
  await writeFile(out ?? path.join(root, WEB_SCHEMA_FILE), sdl);
  console.log(`wrote ${out ?? WEB_SCHEMA_FILE} (${sdl.split('\n').length} lines)`);
} finally {
  await app.close();
}
if (!out) execFileSync(process.execPath, [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'apps/web/codegen.yml'], {
  cwd: root,
  stdio: 'inherit',
});
