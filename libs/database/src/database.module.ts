import { type DynamicModule, Module } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseConfig } from '@kennis/config';
import { kennisDataSourceOptions } from './data-source-options';
import { DatabaseHealth } from './database.health';
import { SqlStatementLogger } from './sql-statement.logger';
import { UnitOfWork } from './unit-of-work';

export interface DatabaseModuleOptions {
  applicationName: string;
}

/** The TypeORM connection. Each domain module registers its own entities with TypeOrmModule.forFeature. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [DatabaseHealth, UnitOfWork],
      exports: [DatabaseHealth, UnitOfWork],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: (database: ConfigType<typeof databaseConfig>) => ({
            ...kennisDataSourceOptions({
              url: database.url,
              poolSize: database.poolSize,
              entities: [],
              logger: database.logQueries ? new SqlStatementLogger() : undefined,
              applicationName: options.applicationName,
            }),
            autoLoadEntities: true,
          }),
        }),
      ],
    };
  }
}
