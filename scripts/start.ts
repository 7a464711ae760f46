/**
 * `npm start`: Kennis on a fresh machine with no configuration. Without DATABASE_URL it runs an embedded
 * PostgreSQL (data in .data/postgres), migrates it and fills it with a demo organisation; it finds or
 * starts a Redis, makes a JWT secret once, then runs the api and the worker until Ctrl+C.
 * With DATABASE_URL it uses that database as it is and never migrates it.
 */
import path from 'node:path';
import { MigrationExecutor } from 'typeorm';
import {
  ConfigurationError,
  type Environment,
  isLoopbackHost,
  readAppConfig,
  readAuthConfig,
  readDatabaseConfig,
  readInboundConfig,
  readMailConfig,
  readOutboxConfig,
  readRedisConfig,
  readRemindersConfig,
} from '@kennis/config';
import { createMigrationDataSource } from '@kennis/schema';
import { type DemoSeedSummary, hasPeople, seedDemoData } from './demo-seed';
import { EmbeddedDatabase } from './embedded-database';
import {
  commandLineOf,
  ensureDataDir,
  findFreePort,
  isPortFree,
  isProcessAlive,
  localPaths,
  range,
  readLiveRuntimeInfo,
  readOrCreateSecret,
  readStaleRuntimeInfo,
  removeRuntimeInfo,
  ROOT,
  type RuntimeInfo,
  sleep,
  writeRuntimeInfo,
} from './local-data';
import { RedisUnavailableError, resolveRedis } from './local-redis';
import { NodeApp } from './node-app';

const say = (message: string) => console.log(`[start]  ${message}`);
const isSet = (env: Environment, variable: string) => Boolean(env[variable]?.trim());

/** What to stop, in reverse order of starting: the apps first, the database and Redis last. */
class Lifecycle {
  private readonly steps: { name: string; stop: (signal: NodeJS.Signals) => Promise<void> }[] = [];
  private stopped: Promise<void> | null = null;
  private signal: NodeJS.Signals = 'SIGTERM';
  private exitCode = 0;
  private resolveFinished: (exitCode: number) => void = () => undefined;
  /** Resolves with the exit code once everything has stopped. */
  readonly finished = new Promise<number>((resolve) => (this.resolveFinished = resolve));

  get stopping(): boolean {
    return this.stopped !== null;
  }

  add(name: string, stop: (signal: NodeJS.Signals) => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  stop(exitCode: number, signal: NodeJS.Signals = 'SIGTERM'): void {
    if (exitCode !== 0 && this.exitCode === 0) this.exitCode = exitCode;
    if (this.stopped) return;
    this.signal = signal;
    this.stopped = this.runSteps().then(() => this.resolveFinished(this.exitCode));
  }

  /**
   * Every step again, once start-up has returned: a stop can arrive while a step is still starting its
   * process, and that process must not outlive us. The steps are idempotent.
   */
  async sweep(): Promise<void> {
    await this.stopped;
    await this.runSteps();
  }

  private async runSteps(): Promise<void> {
    for (const step of [...this.steps].reverse()) {
      try {
        await step.stop(this.signal);
      } catch (error) {
        say(`stopping ${step.name} failed: ${(error as Error).message}`);
      }
    }
  }
}

/** Reads every setting once before anything starts, so a bad value stops us with its ConfigurationError. */
function validateConfiguration(env: Environment) {
  const app = readAppConfig(env);
  const mail = readMailConfig(env);
  readOutboxConfig(env);
  readRemindersConfig(env);
  readRedisConfig(env);
  // Stand-ins for the values start.ts provides itself; the other variables of these groups are checked for real.
  readDatabaseConfig({ ...env, DATABASE_URL: env.DATABASE_URL?.trim() || 'postgres://127.0.0.1/kennis' });
  readAuthConfig({ ...env, JWT_SECRET: env.JWT_SECRET?.trim() || 'x'.repeat(32) });
  return { app, mail };
}

async function ensurePortFree(port: number, variable: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new StartError(`Port ${port} (${variable}) is already in use. Stop what listens there, or start with ${variable}=<another port>.`);
  }
}

/** A problem the user can fix: shown as its message, without a stack. */
class StartError extends Error {}

interface PreparedDatabase {
  seeded: DemoSeedSummary | null;
  /** Someone to make a token for: the first admin, else the first person. */
  exampleEmail: string | null;
}

async function prepareDatabase(url: string, embedded: boolean, seedAllowed: boolean): Promise<PreparedDatabase> {
  const dataSource = createMigrationDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    const where = new URL(url);
    throw new StartError(`Cannot connect to ${embedded ? 'the embedded database' : 'DATABASE_URL'} (${where.host}${where.pathname}): ${(error as Error).message}`);
  }
  try {
    if (embedded) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      say(applied.length > 0 ? `applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'database schema is up to date');
    } else {
      // Read-only: showMigrations() would create the migrations table.
      const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
      if (pending.length > 0) {
        throw new StartError(
          `The database at DATABASE_URL lacks ${pending.length} migration(s) (${pending.map((m) => m.name).join(', ')}).\n` +
            'npm start never migrates a database you configured. Run `npm run migration:run` with the same DATABASE_URL, then start again.',
        );
      }
      say('database schema is up to date');
    }
    let seeded: DemoSeedSummary | null = null;
    if (seedAllowed && !(await hasPeople(dataSource))) {
      seeded = await seedDemoData(dataSource);
      say(`empty database: added a demo organisation (${seeded.people} people, ${seeded.rooms} rooms, ${seeded.sessions} sessions)`);
    }
    const [example]: { email: string }[] = await dataSource.query(
      `SELECT email FROM person ORDER BY 'ADMIN' = ANY (roles) DESC, created_at, email LIMIT 1`,
    );
    return { seeded, exampleEmail: example?.email ?? null };
  } finally {
    await dataSource.destroy();
  }
}

/** What an earlier start that was killed (SIGKILL, a crash) left running: it would hold the ports. */
async function stopLeftovers(): Promise<void> {
  const stale = readStaleRuntimeInfo();
  if (!stale) return;
  const markers: Record<string, string> = { api: 'dist/apps/api/', worker: 'dist/apps/worker/', 'redis-server': 'redis-server' };
  for (const { name, pid } of stale.children ?? []) {
    const commandLine = commandLineOf(pid);
    if (!commandLine || !markers[name] || !commandLine.includes(markers[name])) continue;
    say(`stopping the ${name} (pid ${pid}) that an earlier start left running`);
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; isProcessAlive(pid) && waited < 20_000; waited += 100) await sleep(100);
    if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  removeRuntimeInfo(stale.pid);
}

function printBanner(lines: [string, string][]): void {
  const width = Math.max(...lines.map(([label]) => label.length));
  const body = lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  const rule = '─'.repeat(Math.min(100, Math.max(...body.map((line) => line.length)) + 2));
  console.log(['', rule, '  Kennis is running', '', ...body, '', '  Press Ctrl+C to stop.', rule, ''].join('\n'));
}

async function main(lifecycle: Lifecycle, baseEnv: Environment): Promise<void> {
  const env: Environment = { ...baseEnv };
  let { app, mail } = validateConfiguration(env);
  if (app.apiPort === 0 || app.workerHealthPort === 0) {
    throw new StartError('npm start needs fixed ports: set API_PORT and WORKER_HEALTH_PORT to numbers other than 0.');
  }
  if (!isSet(env, 'PUBLIC_URL') && app.apiPort !== 3000) {
    env.PUBLIC_URL = `http://localhost:${app.apiPort}`;
    ({ app, mail } = validateConfiguration(env));
  }

  const running = readLiveRuntimeInfo();
  if (running && running.pid !== process.pid) {
    throw new StartError(`Kennis is already running from this folder (pid ${running.pid}). Stop it first (Ctrl+C there, or kill -INT ${running.pid}).`);
  }
  await stopLeftovers();
  await ensurePortFree(app.apiPort, 'API_PORT');
  await ensurePortFree(app.workerHealthPort, 'WORKER_HEALTH_PORT');
  ensureDataDir();

  const jwtSecretFrom: RuntimeInfo['jwtSecretFrom'] = isSet(env, 'JWT_SECRET') ? 'environment' : 'data-dir';
  if (!isSet(env, 'JWT_SECRET')) {
    env.JWT_SECRET = readOrCreateSecret(localPaths.jwtSecret, 48);
    say(`JWT_SECRET not set: using the one kept in ${path.relative(ROOT, localPaths.jwtSecret)}`);
  }

  const redis = await resolveRedis(env, say, (server) => {
    lifecycle.add('redis-server', async () => {
      if (!server.running) return;
      say('stopping redis-server');
      await server.stop();
    });
  });
  redis.server?.onUnexpectedExit((detail) => {
    say(`${detail}\nstopping everything`);
    lifecycle.stop(1);
  });
  env.REDIS_URL = redis.url;
  say(`Redis: ${redis.url}${redis.server ? ' (started here)' : ''}`);
  if (lifecycle.stopping) return;

  let embeddedUrl: string | null = null;
  if (isSet(env, 'DATABASE_URL')) {
    say('DATABASE_URL is set: using it as it is. Migrations are not run on start; apply them with `npm run migration:run`.');
  } else {
    const database = new EmbeddedDatabase({ log: (line) => say(`postgres: ${line}`), env });
    lifecycle.add('the embedded PostgreSQL', async () => {
      if (!database.running) return;
      say('stopping the embedded PostgreSQL');
      await database.stop();
    });
    await database.initialise();
    await database.stopLeftover();
    if (lifecycle.stopping) return;
    const port = await findFreePort(range(5433, 10));
    embeddedUrl = await database.start(port);
    database.onUnexpectedExit((detail) => {
      say(`${detail}\nstopping everything`);
      lifecycle.stop(1);
    });
    env.DATABASE_URL = embeddedUrl;
    say(`DATABASE_URL not set: embedded PostgreSQL on 127.0.0.1:${port}, data in ${path.relative(ROOT, localPaths.postgresData)}`);
  }
  if (lifecycle.stopping) return;
  readDatabaseConfig(env);
  readAuthConfig(env);

  const { seeded, exampleEmail } = await prepareDatabase(env.DATABASE_URL!, embeddedUrl !== null, app.environment !== 'production');
  if (lifecycle.stopping) return;

  const graphqlUrl = `${app.publicUrl.replace(/\/$/, '')}/graphql`;
  const apps = [
    new NodeApp('api', 'dist/apps/api/src/main.js', env, (line) => console.log(line)),
    new NodeApp('worker', 'dist/apps/worker/src/main.js', env, (line) => console.log(line)),
  ];
  lifecycle.add('the api and the worker', async (signal) => {
    const running = apps.filter((child) => child.running);
    if (running.length > 0) say(`stopping the ${running.map((child) => child.name).join(' and the ')} (${signal})`);
    await Promise.all(apps.map((child) => child.stop(signal)));
  });
  process.once('exit', () => {
    // Last resort when start.ts itself fails: no child outlives it.
    for (const child of apps) child.kill('SIGTERM');
    if (redis.server?.pid && redis.server.running) process.kill(redis.server.pid, 'SIGTERM');
  });
  for (const child of apps) {
    child.start();
    child.onUnexpectedExit(() => {
      if (lifecycle.stopping) return;
      say(`the ${child.name} exited (${child.exitDescription}): stopping everything`);
      lifecycle.stop(1);
    });
  }
  const children = [...apps, { name: 'redis-server', pid: redis.server?.pid }].flatMap(({ name, pid }) => (pid ? [{ name, pid }] : []));
  writeRuntimeInfo({
    pid: process.pid,
    startedAt: new Date().toISOString(),
    embeddedDatabaseUrl: embeddedUrl,
    jwtSecretFrom,
    redisUrl: redis.url,
    graphqlUrl,
    children,
  });
  lifecycle.add('runtime.json', async () => removeRuntimeInfo(process.pid));
  await Promise.all([
    apps[0].waitForHealth(`http://${hostToAsk(app.apiHost)}:${app.apiPort}/health`),
    apps[1].waitForHealth(`http://${hostToAsk(app.workerHealthHost)}:${app.workerHealthPort}/health`),
  ]);
  if (lifecycle.stopping) return;

  const example = exampleEmail ?? '<email>';
  const appUrl = app.publicUrl.replace(/\/$/, '');
  const inbound = readInboundConfig(env);
  printBanner([
    ['App', `${appUrl}/    (sign in as one of the demo people)`],
    ['GraphQL', `${graphqlUrl}    (explorer in the browser: ${appUrl}/explorer)`],
    ['Health', `http://localhost:${app.apiPort}/health (api), http://localhost:${app.workerHealthPort}/health (worker)`],
    [
      'Listening',
      isLoopbackHost(app.apiHost)
        ? `on ${app.apiHost} only, this machine (API_HOST=0.0.0.0 opens it to your network: only with AUTH_MODE=oidc, as the development sign-in lets anyone sign in as anyone)`
        : `on ${app.apiHost} (API_HOST)`,
    ],
    ['Token', `npm run token -- ${example}    (in a shell: TOKEN=$(npm run token --silent -- ${example} | tail -1))`],
    ['Try it', `curl -s ${graphqlUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '{"query":"{ me { name roles } }"}'`],
    ...(seeded ? ([['Demo people', `${seeded.adminEmail} (admin), ${seeded.facilityManagerEmail} (facility manager), ${seeded.employeeEmail} (employee)`]] as [string, string][]) : []),
    ['Mail', mail.smtpUrl ? `sent through SMTP_URL (${new URL(mail.smtpUrl).host})` : `written as .eml files to ${path.resolve(ROOT, mail.mailDirectory)} (set SMTP_URL to send)`],
    ['Mail in', inbound.smtpPort === null ? 'INBOUND_SMTP_PORT=off' : `SMTP on ${inbound.smtpHost}:${inbound.smtpPort}: invite ${inbound.organizerAddress} or a room's address from any mail client`],
    ['Database', embeddedUrl ? `embedded PostgreSQL ${new URL(embeddedUrl).host}, data in .data/postgres` : 'DATABASE_URL'],
    ['Redis', redis.url],
  ]);
}

/** Where to reach a server that listens on host: a wildcard address is reached on loopback. */
function hostToAsk(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

const lifecycle = new Lifecycle();
let firstSignalAt = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A Ctrl+C reaches us twice at once: from the terminal and forwarded by npm.
    if (firstSignalAt === 0) say(`${signal}: stopping`);
    else if (Date.now() - firstSignalAt > 1000) say(`${signal} again: still stopping, waiting for the processes above to finish`);
    firstSignalAt ||= Date.now();
    lifecycle.stop(0, signal);
  });
}

try {
  await main(lifecycle, process.env);
} catch (error) {
  if (!lifecycle.stopping) {
    const known = error instanceof ConfigurationError || error instanceof StartError || error instanceof RedisUnavailableError;
    if (known) console.error(`\n${error.message}\n`);
    else console.error('\nKennis could not start:', error);
    lifecycle.stop(1);
  }
}
// Running until a signal or a child's exit calls lifecycle.stop; the children's pipes keep the process alive.
const exitCode = await lifecycle.finished;
await lifecycle.sweep();
if (exitCode === 0) say('stopped');
process.exit(exitCode);
