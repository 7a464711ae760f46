import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { freePort } from '@kennis/testing';
import { onCleanup } from './cleanup';

/** dist/ (this file runs as dist/bench/support/child-process.js). */
export const DIST = path.resolve(import.meta.dirname, '../..');
const ROOT = path.resolve(DIST, '..');
const TAIL_LINES = 200;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A built script (the api, the worker, or a baseline) as a child process. It keeps the last log
 * lines for error messages, and the SQL statement lines when asked to count them.
 */
export class BenchChild {
  readonly tail: string[] = [];
  readonly sqlLines: string[] = [];
  countSql = false;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private unregister: () => Promise<void> = async () => undefined;
  private partial = '';

  constructor(
    readonly label: string,
    private readonly script: string,
    private readonly environment: Record<string, string>,
    private readonly args: string[] = [],
  ) {}

  start(): this {
    // BENCH_NODE_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/profiles' profiles every child (node refuses those in NODE_OPTIONS).
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...flags, path.join(DIST, this.script), ...this.args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...this.environment },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => {
      const parts = (this.partial + chunk.toString('utf8')).split('\n');
      this.partial = parts.pop() ?? '';
      for (const line of parts) {
        if (this.countSql && line.includes('"context":"SQL"')) this.sqlLines.push(line);
        this.tail.push(line);
      }
      if (this.tail.length > TAIL_LINES) this.tail.splice(0, this.tail.length - TAIL_LINES);
    };
    child.stdin!.on('error', () => undefined);
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = once(child, 'exit').then(() => undefined);
    this.child = child;
    this.unregister = onCleanup(`child ${this.label}`, () => this.kill());
    return this;
  }

  /** The child's process id, to read its CPU time from /proc. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Writes to the child's standard input (baselines take their orders there). */
  send(text: string): void {
    this.child?.stdin?.write(text);
  }

  lastLines(count = 15): string {
    return this.tail.slice(-count).join('\n');
  }

  /** Waits until GET url answers 200, or fails with the child's last log lines. */
  async waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.label} exited:\n${this.lastLines()}`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.label} not healthy within ${timeoutMs} ms:\n${this.lastLines()}`);
  }

  /** Waits for a line that matches, e.g. a baseline's "listening" line. */
  async waitForLine(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const line = this.tail.find((candidate) => pattern.test(candidate));
      if (line) return line;
      if (!this.running) throw new Error(`${this.label} exited:\n${this.lastLines()}`);
      await sleep(50);
    }
    throw new Error(`${this.label} printed no ${pattern} within ${timeoutMs} ms:\n${this.lastLines()}`);
  }

  /** SIGTERM (the apps close gracefully), then SIGKILL if it has not gone within 10 s. */
  async stop(): Promise<void> {
    await this.unregister();
  }

  private async kill(graceMs = 10_000): Promise<void> {
    const child = this.child;
    if (!child) return;
    if (this.running) child.kill('SIGTERM');
    const timer = setTimeout(() => {
      if (this.running) child.kill('SIGKILL');
    }, graceMs);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }
}

export { freePort };
