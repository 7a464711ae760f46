export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  calendarConfig,
  databaseConfig,
  mailConfig,
  mentoringConfig,
  readMentoringConfig,
  readAppConfig,
  readAuthConfig,
  readCalendarConfig,
  readDatabaseConfig,
  readMailConfig,
  readRedisConfig,
  readTestConfig,
  redisConfig,
} from './kennis.config';
export type { AppConfig, AuthConfig, CalendarConfig, DatabaseConfig, LogLevel, MailConfig, MentoringConfig, RedisConfig, TestConfig } from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { PinoLoggerService } from './logger';
