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

export type MailAuthenticationMode = 'off' | 'enforce';

export interface InboundConfig {
  /** The SMTP listener's port on smtpHost; null when INBOUND_SMTP_PORT=off (another process listens). */
  smtpPort: number | null;
  smtpHost: string;
  /** The mailbox Kennis reads and names as ORGANIZER of its invites (replies come back here). */
  organizerAddress: string;
  /** imap(s)://user:pass@host:port/Mailbox of a hosted mailbox to read; null reads none. */
  imapUrl: string | null;
  /** How often the IMAP reader looks for new mail when IDLE tells it nothing. */
  imapPollMs: number;
  /** Where a read message is moved after its row is committed; null marks it \Seen instead. */
  imapDoneMailbox: string | null;
  /** Mail domains whose senders may book although they are not known people. */
  allowedSenderDomains: string[];
  maxMessageBytes: number;
  maxParts: number;
  /** enforce: a message that fails DKIM or DMARC (mailauth) is kept but not acted on. */
  authentication: MailAuthenticationMode;
  /** The host name this server announces, and that mailauth uses as the receiving MTA. */
  hostname: string;
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

export function readInboundConfig(env: Environment = processEnvironment()): InboundConfig {
  const portValue = env.INBOUND_SMTP_PORT?.trim();
  const smtpPort = portValue === 'off' ? null : readInteger(env, 'INBOUND_SMTP_PORT', 2525, 0, 65535);
  const imapUrl = readOptionalString(env, 'INBOUND_IMAP_URL');
  const domains = (readOptionalString(env, 'INBOUND_ALLOWED_SENDER_DOMAINS') ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase())
    .filter(Boolean);
  for (const domain of domains) {
    if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(domain)) {
      throw new ConfigurationError('INBOUND_ALLOWED_SENDER_DOMAINS', `must be comma-separated domains such as example.com, got "${domain}".`);
    }
  }
  const organizerAddress = readString(env, 'INBOUND_ORGANIZER_ADDRESS', 'sessions@kennis.local').toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(organizerAddress)) {
    throw new ConfigurationError('INBOUND_ORGANIZER_ADDRESS', `must be a mail address such as sessions@kennis.example.com, got "${organizerAddress}".`);
  }
  return {
    smtpPort,
    smtpHost: readString(env, 'INBOUND_SMTP_HOST', '127.0.0.1'),
    organizerAddress,
    imapUrl: imapUrl === null ? null : readUrl(env, 'INBOUND_IMAP_URL', ['imap:', 'imaps:']),
    imapPollMs: readInteger(env, 'INBOUND_IMAP_POLL_MS', 30_000, 200, 3_600_000),
    imapDoneMailbox: readOptionalString(env, 'INBOUND_IMAP_DONE_MAILBOX'),
    allowedSenderDomains: domains,
    maxMessageBytes: readInteger(env, 'INBOUND_MAX_MESSAGE_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxParts: readInteger(env, 'INBOUND_MAX_PARTS', 50, 1, 1000),
    authentication: readOneOf(env, 'INBOUND_MAIL_AUTHENTICATION', ['off', 'enforce'] as const, 'off'),
    hostname: readString(env, 'INBOUND_HOSTNAME', 'kennis.local'),
  };
}

export const appConfig = registerAs('app', () => readAppConfig());
export const databaseConfig = registerAs('database', () => readDatabaseConfig());
export const redisConfig = registerAs('redis', () => readRedisConfig());
export const authConfig = registerAs('auth', () => readAuthConfig());
export const mailConfig = registerAs('mail', () => readMailConfig());
export const calendarConfig = registerAs('calendar', () => readCalendarConfig());
export const inboundConfig = registerAs('inbound', () => readInboundConfig());

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
