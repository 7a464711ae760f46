export { ConfigurationError, readOrExit } from './environment';
export type { Environment } from './environment';
export {
  appConfig,
  authConfig,
  databaseConfig,
  graphqlConfig,
  inboundConfig,
  mailConfig,
  mentoringConfig,
  readMentoringConfig,
  rateLimitConfig,
  outboxConfig,
  isLoopbackHost,
  readAppConfig,
  readAuthConfig,
  readDatabaseConfig,
  readGraphqlConfig,
  readInboundConfig,
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
  InboundConfig,
  MailAuthenticationMode,
  LogLevel,
  MailConfig,
  MentoringConfig,
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
export { countSqlStatement, currentCorrelationId, runWithCorrelationId, sqlStatementsSoFar } from './correlation';
export { redactSecrets } from './log-redaction';
export { PinoLoggerService } from './logger';
export { Clock, OffsetFileClock, SystemClock, TestClock } from './clock';
export { superviseProcesses } from './process-supervisor';
export type { SupervisedProcesses } from './process-supervisor';
