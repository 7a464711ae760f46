import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { readTestConfig } from '@kennis/config';
import { createMigrationDataSource } from '@kennis/schema';
import { onCleanup } from './cleanup';

export interface BenchDatabase {
  name: string;
  url: string;
  /** A migration data source on the database, for arranging data (createPeople and plain SQL). */
  dataSource: DataSource;
  drop(): Promise<void>;
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: readTestConfig().adminDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database of its own for one benchmark, migrated the way the test template is (global-setup.ts). */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `kennis_bench_${label}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(readTestConfig().adminDatabaseUrl, name);
  const dataSource = createMigrationDataSource(url);
  const drop = onCleanup(`database ${name}`, async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, dataSource, drop };
}

