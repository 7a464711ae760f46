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
  /**
   * How long the API keeps an idle keep-alive connection open. Longer than the idle timeout of the load
   * balancers in front of it (60 s on AWS ALB, nginx's 75 s upstream keepalive_timeout is set per site),
   * so the balancer, never the API, closes an idle connection: a server that closes first races the
   * balancer's next request on that socket and the client sees a reset ("socket hang up").
   */
  keepAliveTimeoutMs: number;
  /** Must exceed keepAliveTimeoutMs (Node's rule), else a slow request's headers are cut off on a reused socket. */
  headersTimeoutMs: number;
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

/**
 * development: people pick themselves on a sign-in page and `npm run token` signs HS256 tokens with JWT_SECRET.
 * oidc: the company's OpenID Connect provider signs people in; never the development scheme.
 */
export type AuthMode = 'development' | 'oidc';

export interface SignInSessionConfig {
  cookieName: string;
  /** Secure cookie: the browser sends it over https only (PUBLIC_URL is https). */
  secureCookie: boolean;
  /** A session nobody used for this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteSeconds: number;
}

export interface AuthConfig {
  mode: AuthMode;
  /** The HS256 secret of development tokens; null when the development scheme is off. */
  jwtSecret: string | null;
  tokenLifetimeSeconds: number;
  session: SignInSessionConfig;
}

export interface MailConfig {
  smtpUrl: string | null;
  mailDirectory: string;
  fromAddress: string;
  messageIdDomain: string;
}

export interface GraphqlConfig {
  /** Schema introspection: on in development and test, off in production unless GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /** The Apollo landing page at /graphql: the same default as introspection. */
  landingPage: boolean;
  /** The estimated cost (fields, times list sizes) one operation may have. */
  maxCost: number;
}

export interface RateLimitConfig {
  /** Mutations one person may send per window. */
  mutationsPerPerson: number;
  /** Mutations one client address may send per window, whoever signs them. */
  mutationsPerAddress: number;
  windowSeconds: number;
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
    ...readKeepAlive(env),
  };
}

function readKeepAlive(env: Environment): { keepAliveTimeoutMs: number; headersTimeoutMs: number } {
  const keepAliveTimeoutMs = readInteger(env, 'API_KEEP_ALIVE_TIMEOUT_MS', 65_000, 1_000, 3_600_000);
  return { keepAliveTimeoutMs, headersTimeoutMs: keepAliveTimeoutMs + 1_000 };
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
  const app = readAppConfig(env);
  const production = app.environment === 'production';
  const mode = readOneOf<AuthMode>(env, 'AUTH_MODE', ['development', 'oidc'], production ? 'oidc' : 'development');
  if (production && mode === 'development') {
    throw new ConfigurationError(
      'AUTH_MODE',
      'is development while NODE_ENV is production: anyone could sign in as anyone. Set AUTH_MODE=oidc and configure OIDC_ISSUER_URL.',
    );
  }
  let jwtSecret: string | null = null;
  if (mode === 'development') {
    jwtSecret = readString(env, 'JWT_SECRET');
    if (jwtSecret.length < 32) {
      throw new ConfigurationError('JWT_SECRET', 'must be at least 32 characters long.');
    }
  }
  const idleMinutes = readInteger(env, 'SESSION_IDLE_MINUTES', 60, 1, 7 * 24 * 60);
  const absoluteHours = readInteger(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 30 * 24);
  if (idleMinutes > absoluteHours * 60) {
    throw new ConfigurationError('SESSION_IDLE_MINUTES', `must not be longer than SESSION_ABSOLUTE_HOURS (${absoluteHours} hours).`);
  }
  return {
    mode,
    jwtSecret,
    tokenLifetimeSeconds: readInteger(env, 'TOKEN_LIFETIME_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    session: {
      cookieName: 'kennis_session',
      secureCookie: new URL(app.publicUrl).protocol === 'https:',
      idleSeconds: idleMinutes * 60,
      absoluteSeconds: absoluteHours * 3600,
    },
  };
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

function readBoolean(env: Environment, variable: string, fallback: boolean): boolean {
  return readOneOf(env, variable, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
}

export function readGraphqlConfig(env: Environment = processEnvironment()): GraphqlConfig {
  const development = readAppConfig(env).environment !== 'production';
  return {
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', development),
    landingPage: readBoolean(env, 'GRAPHQL_LANDING_PAGE', development),
    maxCost: readInteger(env, 'GRAPHQL_MAX_COST', 10_000, 100, 1_000_000),
  };
}

export function readRateLimitConfig(env: Environment = processEnvironment()): RateLimitConfig {
  return {
    mutationsPerPerson: readInteger(env, 'RATE_LIMIT_MUTATIONS_PER_PERSON', 120, 1, 1_000_000),
    mutationsPerAddress: readInteger(env, 'RATE_LIMIT_MUTATIONS_PER_ADDRESS', 600, 1, 1_000_000),
    windowSeconds: readInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
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
export const graphqlConfig = registerAs('graphql', () => readGraphqlConfig());
export const rateLimitConfig = registerAs('rateLimit', () => readRateLimitConfig());

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
