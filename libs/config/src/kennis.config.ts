import { registerAs } from '@nestjs/config';
import {
  ConfigurationError,
  type Environment,
  processEnvironment,
  readDatabaseName,
  readInteger,
  readOneOf,
  readOptionalString,
  readString,
  readUrl,
} from './environment';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  apiPort: number;
  workerHealthPort: number;
  logLevel: LogLevel;
  publicUrl: string;
}

export interface DatabaseConfig {
  url: string;
  poolSize: number;
  /** Log every SQL statement (as {"msg":"sql"} lines): for debugging and for the tests that count queries. */
  logQueries: boolean;
}

export interface RedisConfig {
  url: string;
  queuePrefix: string;
  /** How often the sweeper hands due outbox rows to BullMQ again. */
  sweepIntervalMs: number;
}

export interface AuthConfig {
  jwtSecret: string;
  tokenLifetimeSeconds: number;
}

export interface MailConfig {
  smtpUrl: string | null;
  mailDirectory: string;
  fromAddress: string;
  messageIdDomain: string;
}

export interface CalendarConfig {
  reminderLeadMinutes: number;
}

export function readAppConfig(env: Environment = processEnvironment()): AppConfig {
  return {
    environment: readOneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development'),
    apiPort: readInteger(env, 'API_PORT', 3000, 0, 65535),
    workerHealthPort: readInteger(env, 'WORKER_HEALTH_PORT', 3001, 0, 65535),
    logLevel: readOneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    publicUrl: readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], 'http://localhost:3000'),
  };
}

export function readDatabaseConfig(env: Environment = processEnvironment()): DatabaseConfig {
  return {
    url: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    poolSize: readInteger(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    logQueries: readOneOf(env, 'DATABASE_LOG_QUERIES', ['true', 'false'], 'false') === 'true',
  };
}

export function readRedisConfig(env: Environment = processEnvironment()): RedisConfig {
  return {
    url: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    queuePrefix: readString(env, 'QUEUE_PREFIX', 'kennis'),
    sweepIntervalMs: readInteger(env, 'OUTBOX_SWEEP_INTERVAL_MS', 15_000, 500, 3_600_000),
  };
}

export function readAuthConfig(env: Environment = processEnvironment()): AuthConfig {
  const jwtSecret = readString(env, 'JWT_SECRET');
  if (jwtSecret.length < 32) {
    throw new ConfigurationError('JWT_SECRET', 'must be at least 32 characters long.');
  }
  return { jwtSecret, tokenLifetimeSeconds: readInteger(env, 'TOKEN_LIFETIME_SECONDS', 8 * 3600, 60, 30 * 24 * 3600) };
}

export function readMailConfig(env: Environment = processEnvironment()): MailConfig {
  const smtpUrl = readOptionalString(env, 'SMTP_URL');
  return {
    smtpUrl: smtpUrl === null ? null : readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailDirectory: readString(env, 'MAIL_DIR', '.data/mail'),
    fromAddress: readString(env, 'MAIL_FROM', 'kennis@kennis.local'),
    messageIdDomain: readString(env, 'MAIL_MESSAGE_ID_DOMAIN', 'kennis.local'),
  };
}

export function readCalendarConfig(env: Environment = processEnvironment()): CalendarConfig {
  return { reminderLeadMinutes: readInteger(env, 'REMINDER_LEAD_MINUTES', 24 * 60, 5, 14 * 24 * 60) };
}

export const appConfig = registerAs('app', () => readAppConfig());
export const databaseConfig = registerAs('database', () => readDatabaseConfig());
export const redisConfig = registerAs('redis', () => readRedisConfig());
export const authConfig = registerAs('auth', () => readAuthConfig());
export const mailConfig = registerAs('mail', () => readMailConfig());
export const calendarConfig = registerAs('calendar', () => readCalendarConfig());
export const mentoringConfig = registerAs('mentoring', () => readMentoringConfig());

export interface MentoringConfig {
  /**
   * The link of an online mentoring meeting, with {matchId} where the match's id goes, e.g.
   * https://meet.example.com/kennis-{matchId}. Null: online meetings carry no link.
   */
  meetingLinkTemplate: string | null;
}

export function readMentoringConfig(env: Environment = processEnvironment()): MentoringConfig {
  const template = readOptionalString(env, 'MENTORING_MEETING_LINK_TEMPLATE');
  if (template === null) return { meetingLinkTemplate: null };
  if (!template.includes('{matchId}')) {
    throw new ConfigurationError('MENTORING_MEETING_LINK_TEMPLATE', 'must contain {matchId}, e.g. https://meet.example.com/kennis-{matchId}.');
  }
  let url: URL;
  try {
    url = new URL(template.replaceAll('{matchId}', '00000000-0000-0000-0000-000000000000'));
  } catch {
    throw new ConfigurationError('MENTORING_MEETING_LINK_TEMPLATE', 'must be an https:// or http:// URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError('MENTORING_MEETING_LINK_TEMPLATE', 'must be an https:// or http:// URL.');
  }
  return { meetingLinkTemplate: template };
}

export interface TestConfig {
  /** A PostgreSQL server where tests may create and drop databases. */
  adminDatabaseUrl: string;
  redisUrl: string;
  /** The migrated database each test file clones; separate names let two checkouts run their tests at once. */
  templateDatabase: string;
}

export function readTestConfig(env: Environment = processEnvironment()): TestConfig {
  return {
    adminDatabaseUrl: readUrl(env, 'TEST_DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/postgres'),
    redisUrl: readUrl(env, 'TEST_REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    templateDatabase: readDatabaseName(env, 'TEST_TEMPLATE_DATABASE', 'kennis_test_template'),
  };
}
