import { isIP } from 'node:net';
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
  /**
   * The address the API listens on. Loopback unless set: the development sign-in lets anyone who reaches
   * it sign in as anyone, so a laptop running `npm start` must not offer it to its network. A container
   * or a server behind a load balancer sets 0.0.0.0 (docker/Dockerfile does).
   */
  apiHost: string;
  /** How many API processes share the port (node:cluster): one per core the API may use. */
  apiProcesses: number;
  /**
   * How many worker processes take jobs (node:cluster), one per core the worker may use: an all-hands
   * reschedule's mails are composed in JavaScript, so one process mails at one core's pace.
   */
  workerProcesses: number;
  workerHealthPort: number;
  /** The address the worker's health endpoint listens on: loopback unless set, like API_HOST. */
  workerHealthHost: string;
  /** The worker's CPU niceness (0-19): background mail gives way to people's requests on a shared machine. */
  workerNice: number;
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
  /** Tests only: a file with the offset of the Clock in milliseconds (see OffsetFileClock); null is the system time. */
  clockOffsetFile: string | null;
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
}

export interface OutboxConfig {
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

const ROLE_NAMES = ['EMPLOYEE', 'FACILITY_MANAGER', 'ADMIN'] as const;

export interface OidcClaimNames {
  /** The claim that identifies a person at the provider (Entra ID: oid; most others: sub); SCIM's externalId. */
  subject: string;
  email: string;
  name: string;
  department: string;
  site: string;
  jobTitle: string;
  /** A claim holding the manager's email address. */
  managerEmail: string;
  /** A claim (string or list, e.g. groups) mapped to Kennis roles by roleMap; null: roles are set in Kennis. */
  roles: string | null;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
  /** PUBLIC_URL + /auth/callback. */
  redirectUri: string;
  postSignOutRedirectUri: string;
  scopes: string;
  /** The aud that bearer access tokens must carry. */
  audience: string;
  algorithms: string[];
  /** The provider must say email_verified=true before Kennis trusts an email to find or create a person. */
  requireVerifiedEmail: boolean;
  claims: OidcClaimNames;
  /** Claim value (a group) -> Kennis role. */
  roleMap: Record<string, string>;
  /** Seconds before the key set may be fetched again for an unknown key id. */
  jwksCooldownSeconds: number;
  /** Plain-http issuers are only accepted outside production (the in-process test provider). */
  allowInsecureIssuer: boolean;
}

export interface AuthConfig {
  mode: AuthMode;
  oidc: OidcConfig | null;
  /** People with these email addresses become admins when they sign in, so an empty database can be taken into use. */
  adminEmails: string[];
  /** The bearer secret Entra ID or Okta sends to /scim/v2; null: SCIM is off. */
  scimBearerSecret: string | null;
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
  /** A browser opening /graphql goes to the bundled explorer at /explorer: the same default as introspection. */
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

export interface RemindersConfig {
  /** How long before a session starts its reminder goes out. */
  leadMinutes: number;
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
    apiHost: readListenHost(env, 'API_HOST'),
    apiProcesses: readInteger(env, 'API_PROCESSES', 1, 1, 64),
    workerProcesses: readInteger(env, 'WORKER_PROCESSES', 1, 1, 64),
    workerHealthPort: readInteger(env, 'WORKER_HEALTH_PORT', 3001, 0, 65535),
    workerHealthHost: readListenHost(env, 'WORKER_HEALTH_HOST'),
    workerNice: readInteger(env, 'WORKER_NICE', 10, 0, 19),
    logLevel: readOneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    publicUrl: readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], 'http://localhost:3000'),
    ...readKeepAlive(env),
    clockOffsetFile: readClockOffsetFile(env),
  };
}

/** 127.x.x.x or ::1: an address only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  return host === '::1' || host.startsWith('127.');
}

function readListenHost(env: Environment, variable: string): string {
  const host = readString(env, variable, '127.0.0.1');
  if (isIP(host) === 0) {
    throw new ConfigurationError(variable, `is "${host}", not an IP address. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`);
  }
  return host;
}

function readClockOffsetFile(env: Environment): string | null {
  const file = readOptionalString(env, 'CLOCK_OFFSET_FILE');
  if (file !== null && env.NODE_ENV === 'production') {
    throw new ConfigurationError('CLOCK_OFFSET_FILE', 'is for tests only: a production server keeps the real time. Remove it.');
  }
  return file;
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
  };
}

export function readOutboxConfig(env: Environment = processEnvironment()): OutboxConfig {
  return { sweepIntervalMs: readInteger(env, 'OUTBOX_SWEEP_INTERVAL_MS', 15_000, 500, 3_600_000) };
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
  const scimBearerSecret = readOptionalString(env, 'SCIM_BEARER_SECRET');
  if (scimBearerSecret !== null && scimBearerSecret.length < 32) {
    throw new ConfigurationError('SCIM_BEARER_SECRET', 'must be at least 32 characters long (a random secret shared with the identity provider).');
  }
  return {
    mode,
    oidc: mode === 'oidc' ? readOidcConfig(env, app) : null,
    adminEmails: readList(env, 'ADMIN_EMAILS').map((email) => {
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new ConfigurationError('ADMIN_EMAILS', `"${email}" is not an email address.`);
      return email.toLowerCase();
    }),
    scimBearerSecret,
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

function readList(env: Environment, variable: string): string[] {
  return (env[variable] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function readOidcConfig(env: Environment, app: AppConfig): OidcConfig {
  const production = app.environment === 'production';
  const issuerUrl = readUrl(env, 'OIDC_ISSUER_URL', production ? ['https:'] : ['https:', 'http:']);
  const clientId = readString(env, 'OIDC_CLIENT_ID');
  const roleMap: Record<string, string> = {};
  for (const pair of readList(env, 'OIDC_ROLE_MAP')) {
    const [value, role] = pair.split('=').map((part) => part.trim());
    if (!value || !role || !(ROLE_NAMES as readonly string[]).includes(role)) {
      throw new ConfigurationError('OIDC_ROLE_MAP', `must be pairs such as kennis-admins=ADMIN,facilities=FACILITY_MANAGER (roles: ${ROLE_NAMES.join(', ')}), got "${pair}".`);
    }
    roleMap[value] = role;
  }
  const rolesClaim = readOptionalString(env, 'OIDC_ROLES_CLAIM');
  if (rolesClaim === null && Object.keys(roleMap).length > 0) {
    throw new ConfigurationError('OIDC_ROLE_MAP', 'is set but OIDC_ROLES_CLAIM is not: name the claim that holds the groups or roles (e.g. groups).');
  }
  const algorithms = readList(env, 'OIDC_ALGORITHMS');
  for (const algorithm of algorithms) {
    if (!/^(RS|PS|ES)(256|384|512)$|^EdDSA$/.test(algorithm)) {
      throw new ConfigurationError('OIDC_ALGORITHMS', `must list asymmetric algorithms such as RS256,ES256; "${algorithm}" is not one.`);
    }
  }
  const base = app.publicUrl.replace(/\/+$/, '');
  return {
    issuerUrl,
    clientId,
    clientSecret: readOptionalString(env, 'OIDC_CLIENT_SECRET'),
    redirectUri: `${base}/auth/callback`,
    postSignOutRedirectUri: `${base}/`,
    scopes: readString(env, 'OIDC_SCOPES', 'openid email profile'),
    audience: readString(env, 'OIDC_AUDIENCE', clientId),
    algorithms: algorithms.length > 0 ? algorithms : ['RS256', 'PS256', 'ES256'],
    requireVerifiedEmail: readOneOf(env, 'OIDC_REQUIRE_VERIFIED_EMAIL', ['true', 'false'], 'true') === 'true',
    claims: {
      subject: readString(env, 'OIDC_SUBJECT_CLAIM', 'sub'),
      email: readString(env, 'OIDC_EMAIL_CLAIM', 'email'),
      name: readString(env, 'OIDC_NAME_CLAIM', 'name'),
      department: readString(env, 'OIDC_DEPARTMENT_CLAIM', 'department'),
      site: readString(env, 'OIDC_SITE_CLAIM', 'site'),
      jobTitle: readString(env, 'OIDC_JOB_TITLE_CLAIM', 'job_title'),
      managerEmail: readString(env, 'OIDC_MANAGER_EMAIL_CLAIM', 'manager_email'),
      roles: rolesClaim,
    },
    roleMap,
    jwksCooldownSeconds: readInteger(env, 'OIDC_JWKS_COOLDOWN_SECONDS', 30, 0, 3600),
    allowInsecureIssuer: !production && new URL(issuerUrl).protocol === 'http:',
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

export function readRemindersConfig(env: Environment = processEnvironment()): RemindersConfig {
  return { leadMinutes: readInteger(env, 'REMINDER_LEAD_MINUTES', 24 * 60, 5, 14 * 24 * 60) };
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
export const graphqlConfig = registerAs('graphql', () => readGraphqlConfig());
export const rateLimitConfig = registerAs('rateLimit', () => readRateLimitConfig());
export const outboxConfig = registerAs('outbox', () => readOutboxConfig());
export const remindersConfig = registerAs('reminders', () => readRemindersConfig());
export const inboundConfig = registerAs('inbound', () => readInboundConfig());
export const mentoringConfig = registerAs('mentoring', () => readMentoringConfig());

export interface MentoringConfig {
  /**
   * The link of an online mentoring meeting, with {matchId} where the match's id goes, e.g.
   * https://meet.example.com/kennis-{matchId}. Null: online meetings carry no link.
   */
  meetingLinkTemplate: string | null;
  /** A first meeting is planned (or moved) at least this long ahead. */
  firstMeetingNoticeHours: number;
  /** Mentor and mentee get a check-in reminder this often while their match runs. */
  checkInIntervalSeconds: number;
}

export function readMentoringConfig(env: Environment = processEnvironment()): MentoringConfig {
  const firstMeetingNoticeHours = readInteger(env, 'MENTORING_FIRST_MEETING_NOTICE_HOURS', 24, 0, 24 * 14);
  const checkInIntervalSeconds = readInteger(env, 'MENTORING_CHECK_IN_INTERVAL_SECONDS', 14 * 86_400, 10, 365 * 86_400);
  const timing = { firstMeetingNoticeHours, checkInIntervalSeconds };
  const template = readOptionalString(env, 'MENTORING_MEETING_LINK_TEMPLATE');
  if (template === null) return { meetingLinkTemplate: null, ...timing };
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
  return { meetingLinkTemplate: template, ...timing };
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
