import { DataSource } from 'typeorm';
import { kennisDataSourceOptions } from '@kennis/database';
import { allEntities } from './entities';
import { allMigrations } from './migrations';

export function createMigrationDataSource(url: string): DataSource {
  return new DataSource(
    kennisDataSourceOptions({ url, entities: allEntities, migrations: allMigrations, applicationName: 'kennis-migrations' }),
  );
}
