/**
 * The Redis of `npm start`: REDIS_URL or redis://127.0.0.1:6379 when it answers PING; otherwise a
 * redis-server started here (data in .data/redis), when one is installed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { type Environment, readRedisConfig } from '@kennis/config';
import { findFreePort, forEachLine, LineBuffer, localPaths, range, sleep, within } from './local-data';

export async function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function findOnPath(command: string, env: Environment): string | null {
  for (const directory of (env.PATH ?? '').split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

function isLoopback(hostname: string): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname);
}

export class RedisServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly output = new LineBuffer(40);

  constructor(private readonly binary: string) {}

  async start(port: number): Promise<string> {
    mkdirSync(localPaths.redisData, { recursive: true });
    const url = `redis://127.0.0.1:${port}`;
    // Its own process group: a Ctrl+C reaches start.ts, which stops Redis after the api and the worker.
    const child = spawn(
      this.binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', localPaths.redisData, '--appendonly', 'yes'],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('error', (error) => this.output.push(`could not run ${this.binary}: ${error.message}`));
    // Its log is only shown when it fails: even its start-up banner is logged at warning level.
    forEachLine(child.stdout, (line) => this.output.push(line));
    forEachLine(child.stderr, (line) => this.output.push(line));
    for (let waited = 0; waited < 15_000; waited += 100) {
      if (!this.running) throw new Error(`redis-server did not start on port ${port}:\n${this.output.toString()}`);
      if (await pingRedis(url, 500)) return url;
      await sleep(100);
    }
    await this.stop();
    throw new Error(`redis-server did not answer on port ${port} within 15 s:\n${this.output.toString()}`);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  onUnexpectedExit(callback: (detail: string) => void): void {
    void this.exited.then(() => {
      if (!this.stopping && this.child) callback(`redis-server stopped:\n${this.output.toString()}`);
    });
  }

  /** SIGTERM: Redis flushes its append-only file and exits. */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.stopping = true;
    if (this.running) this.child.kill('SIGTERM');
    if ((await within(this.exited, 15_000)) === 'timeout' && this.running) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.child = null;
  }
}

export class RedisUnavailableError extends Error {}

function howToGetRedis(url: string, reason: string): string {
  return [
    `Kennis needs Redis, and none answers at ${url}; ${reason}.`,
    'Get one of these:',
    '  Debian/Ubuntu:  sudo apt-get install redis-server',
    '  macOS:          brew install redis',
    '  Docker:         docker run -d -p 6379:6379 redis:7',
    'then run npm start again (a redis-server on PATH is started for you),',
    'or point REDIS_URL at a Redis you have: REDIS_URL=redis://host:6379 npm start',
  ].join('\n');
}

/**
 * The Redis to use. A REDIS_URL that does not answer is only stood in for when it names this machine
 * without credentials: then a redis-server is started on its port, so the URL is right again.
 */
export async function resolveRedis(
  env: Environment,
  log: (message: string) => void,
  /** Called before a started server is started, so whoever stops things knows of it from the first moment. */
  register: (server: RedisServer) => void,
): Promise<{ url: string; server: RedisServer | null }> {
  const configured = Boolean(env.REDIS_URL?.trim());
  const { url } = readRedisConfig(env);
  if (await pingRedis(url)) return { url, server: null };

  const parsed = new URL(url);
  const canStandIn = isLoopback(parsed.hostname) && !parsed.username && !parsed.password && parsed.protocol === 'redis:';
  if (configured && !canStandIn) {
    throw new RedisUnavailableError(
      `REDIS_URL (${parsed.protocol}//${parsed.host}) does not answer PING. Check that Redis runs there, or unset REDIS_URL.`,
    );
  }
  const binary = findOnPath('redis-server', env);
  if (!binary) throw new RedisUnavailableError(howToGetRedis(url, 'redis-server is not installed (not on PATH)'));

  const port = configured ? Number(parsed.port || 6379) : await findFreePort(range(6380, 10));
  log(`no Redis at ${url}: starting ${binary} on port ${port} (data in .data/redis)`);
  const server = new RedisServer(binary);
  register(server);
  const startedUrl = await server.start(port);
  return { url: configured ? url : startedUrl, server };
}
