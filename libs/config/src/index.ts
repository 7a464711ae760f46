export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  databaseConfig,
  mailConfig,
  outboxConfig,
  readAppConfig,
  readAuthConfig,
  readDatabaseConfig,
  readMailConfig,
  readOutboxConfig,
  readRemindersConfig,
  readRedisConfig,
  readTestConfig,
  redisConfig,
  remindersConfig,
} from './kennis.config';
export type {
  AppConfig,
  AuthConfig,
  DatabaseConfig,
  LogLevel,
  MailConfig,
  OutboxConfig,
  RedisConfig,
  RemindersConfig,
  TestConfig,
} from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { PinoLoggerService } from './logger';
