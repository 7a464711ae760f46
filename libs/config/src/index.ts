export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  calendarConfig,
  databaseConfig,
  mailConfig,
  readAppConfig,
  readAuthConfig,
  readCalendarConfig,
  readDatabaseConfig,
  readMailConfig,
  readRedisConfig,
  readTestConfig,
  redisConfig,
} from './kennis.config';
export type { AppConfig, AuthConfig, AuthMode, OidcClaimNames, OidcConfig, SignInSessionConfig, CalendarConfig, DatabaseConfig, LogLevel, MailConfig, RedisConfig, TestConfig } from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { PinoLoggerService } from './logger';
