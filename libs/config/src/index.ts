export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  calendarConfig,
  databaseConfig,
  graphqlConfig,
  mailConfig,
  rateLimitConfig,
  readAppConfig,
  readAuthConfig,
  readCalendarConfig,
  readDatabaseConfig,
  readGraphqlConfig,
  readMailConfig,
  readRateLimitConfig,
  readRedisConfig,
  readTestConfig,
  redisConfig,
} from './kennis.config';
export type {
  AppConfig,
  AuthConfig,
  AuthMode,
  CalendarConfig,
  DatabaseConfig,
  GraphqlConfig,
  LogLevel,
  MailConfig,
  RateLimitConfig,
  RedisConfig,
  SignInSessionConfig,
  TestConfig,
} from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { currentCorrelationId, runWithCorrelationId } from './correlation';
export { redactSecrets } from './log-redaction';
export { PinoLoggerService } from './logger';
