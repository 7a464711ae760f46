import { DataSource } from 'typeorm';
import { recreateDatabase } from '@kennis/testing';
import { createMigrationDataSource } from './migration-data-source';

async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}

describe('the migrations and the entities', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await recreateDatabase(`kennis_test_schema_${process.pid}`);
    dataSource = createMigrationDataSource(url);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('migrate an empty database to exactly what the entities describe', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('notice when the database drifts from the entities', async () => {
    await dataSource.query(`ALTER TABLE person ALTER COLUMN name TYPE varchar(120)`);
    await dataSource.query(`ALTER TABLE room DROP CONSTRAINT room_site_name_unique`);
    const changes = await pendingSchemaChanges(dataSource);
    expect(changes.some((sql) => sql.includes('"person"') && sql.includes('"name"'))).toBe(true);
    expect(changes.some((sql) => sql.includes('room_site_name_unique'))).toBe(true);
  });

  it('keep the named guarantees in the database', async () => {
    const rows: { conname: string }[] = await dataSource.query(
      `SELECT conname FROM pg_constraint WHERE conname IN ('room_booking_no_overlap', 'session_seats_within_capacity')`,
    );
    expect(rows.map((row) => row.conname).sort()).toEqual(['room_booking_no_overlap', 'session_seats_within_capacity']);
  });
});
