export { ConfigurationError } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  databaseConfig,
  graphqlConfig,
  mailConfig,
  rateLimitConfig,
  outboxConfig,
  readAppConfig,
  readAuthConfig,
  readDatabaseConfig,
  readGraphqlConfig,
  readMailConfig,
  readRateLimitConfig,
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
  AuthMode,
  DatabaseConfig,
  GraphqlConfig,
  LogLevel,
  MailConfig,
  OidcClaimNames,
  OidcConfig,
  OutboxConfig,
  RateLimitConfig,
  RedisConfig,
  RemindersConfig,
  SignInSessionConfig,
  TestConfig,
} from './kennis.config';
export { KennisConfigModule } from './kennis-config.module';
export { currentCorrelationId, runWithCorrelationId } from './correlation';
export { redactSecrets } from './log-redaction';
export { PinoLoggerService } from './logger';
