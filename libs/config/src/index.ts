export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  calendarConfig,
  databaseConfig,
  inboundConfig,
  mailConfig,
  readAppConfig,
  readAuthConfig,
  readCalendarConfig,
  readDatabaseConfig,
  readInboundConfig,
  readMailConfig,
  readRedisConfig,
  readTestConfig,
  redisConfig,
} from './kennis.config';
export type { AppConfig, AuthConfig, CalendarConfig, DatabaseConfig, InboundConfig, MailAuthenticationMode, LogLevel, MailConfig, RedisConfig, TestConfig } from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { PinoLoggerService } from './logger';
