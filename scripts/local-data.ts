/**
 * What `npm start` keeps between runs in .data/ (git-ignored): the embedded database, the generated JWT
 * secret, the started Redis's files, the mail written as .eml files, and runtime.json, which tells
 * `npm run token` where the running database is.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The repository root: this file runs as dist/scripts/<name>.js. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_DIR = path.join(ROOT, '.data');

export const localPaths = {
  postgresData: path.join(DATA_DIR, 'postgres'),
  postgresPassword: path.join(DATA_DIR, 'postgres-password'),
  redisData: path.join(DATA_DIR, 'redis'),
  mail: path.join(DATA_DIR, 'mail'),
  jwtSecret: path.join(DATA_DIR, 'jwt-secret'),
  runtime: path.join(DATA_DIR, 'runtime.json'),
};

export interface RuntimeInfo {
  /** The pid of the running `npm start` (scripts/start.ts). */
  pid: number;
  startedAt: string;
  /** Only for the embedded database; a DATABASE_URL the user gave is not written to disk. */
  embeddedDatabaseUrl: string | null;
  /** Whether the api signs with .data/jwt-secret or with a JWT_SECRET from the environment. */
  jwtSecretFrom: 'data-dir' | 'environment';
  redisUrl: string;
  graphqlUrl: string;
  /** The processes it started (besides the embedded PostgreSQL, which has its postmaster.pid). */
  children: { name: string; pid: number }[];
}

export function ensureDataDir(): void {
  mkdirSync(DATA_DIR, { recursive: true });
}

/** A secret made once and kept, so tokens survive restarts. */
export function readOrCreateSecret(file: string, bytes: number): string {
  if (existsSync(file)) {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing) return existing;
  }
  ensureDataDir();
  const secret = randomBytes(bytes).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function readSecret(file: string): string | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').trim() || null;
}

export function writeRuntimeInfo(info: RuntimeInfo): void {
  ensureDataDir();
  writeFileSync(localPaths.runtime, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
}

/** The runtime.json of an `npm start` that is still running, or null. */
export function readLiveRuntimeInfo(): RuntimeInfo | null {
  if (!existsSync(localPaths.runtime)) return null;
  try {
    const info = JSON.parse(readFileSync(localPaths.runtime, 'utf8')) as RuntimeInfo;
    return isProcessAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/** The runtime.json of an `npm start` that ended without cleaning up (killed, or the machine stopped). */
export function readStaleRuntimeInfo(): RuntimeInfo | null {
  if (!existsSync(localPaths.runtime)) return null;
  try {
    const info = JSON.parse(readFileSync(localPaths.runtime, 'utf8')) as RuntimeInfo;
    return isProcessAlive(info.pid) ? null : info;
  } catch {
    return null;
  }
}

/** The command line of a process, or null when it is gone or cannot be read. */
export function commandLineOf(pid: number): string | null {
  try {
    if (existsSync('/proc')) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim() || null;
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export function removeRuntimeInfo(pid: number): void {
  try {
    const info = JSON.parse(readFileSync(localPaths.runtime, 'utf8')) as RuntimeInfo;
    if (info.pid === pid) rmSync(localPaths.runtime, { force: true });
  } catch {
    // already gone or unreadable: nothing to clean up
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether nothing listens on host:port (host undefined: every interface, as Nest's app.listen does). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first free port of the preferred ones, else one the system picks. */
export async function findFreePort(preferred: number[], host = '127.0.0.1'): Promise<number> {
  for (const port of preferred) {
    if (await isPortFree(port, host)) return port;
  }
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => from + index);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The promise's value, or 'timeout' after ms; the timer does not outlive the promise. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps the last lines a process printed, to show them when it fails. */
export class LineBuffer {
  private readonly lines: string[] = [];
  constructor(private readonly size = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.size) this.lines.shift();
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** Calls onLine for each complete line of a stream. */
export function forEachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) onLine(part.replace(/\r$/, ''));
  });
  stream.on('end', () => {
    if (partial) onLine(partial);
    partial = '';
  });
}
