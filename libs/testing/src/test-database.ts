import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { readTestConfig } from '@kennis/config';


function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: readTestConfig().adminDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function templateDatabaseName(): string {
  return readTestConfig().templateDatabase;
}

export function templateDatabaseUrl(): string {
  return databaseUrl(readTestConfig().adminDatabaseUrl, templateDatabaseName());
}

export async function recreateDatabase(name: string): Promise<string> {
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(readTestConfig().adminDatabaseUrl, name);
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `kennis_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`));
  return {
    name,
    url: databaseUrl(readTestConfig().adminDatabaseUrl, name),
    drop: () => withAdminClient(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
