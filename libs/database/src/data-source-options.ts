import { type DataSourceOptions, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { kennisPgTypes } from './timestamptz';

export interface KennisDataSourceSettings {
  url: string;
  poolSize?: number;
  entities: DataSourceOptions['entities'];
  migrations?: DataSourceOptions['migrations'];
  logger?: Logger;
  applicationName?: string;
}

/** The one definition of how Kennis talks to PostgreSQL: used by the apps, the CLI and the tests. */
export function kennisDataSourceOptions(settings: KennisDataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations ?? [],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    logger: settings.logger,
    // Expected constraint violations (a lost booking race) are domain errors, not log lines; unexpected ones are logged where they surface.
    logging: settings.logger ? ['query'] : false,
    applicationName: settings.applicationName ?? 'kennis',
    extra: { max: settings.poolSize ?? 10, types: kennisPgTypes },
  };
}
