/** The api or the worker as a child of `npm start`: its log lines shown readably, its health awaited. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { type Environment } from '@kennis/config';
import { forEachLine, ROOT, sleep, within } from './local-data';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** A pino JSON line as "level [context] message {other fields}"; anything else as it is. */
export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const { level, msg, context, trace, time: _time, pid: _pid, hostname: _host, service: _service, name: _name, ...rest } =
      JSON.parse(line) as Record<string, unknown>;
    const levelName = LEVELS[Number(level)] ?? String(level);
    const fields = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
    const stack = typeof trace === 'string' && trace ? `\n${trace}` : '';
    return `${levelName.padEnd(5)} ${context ? `[${String(context)}] ` : ''}${String(msg ?? '')}${fields}${stack}`;
  } catch {
    return line;
  }
}

export class NodeApp {
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  private stopping = false;
  /** How it ended: "code 1" or "signal SIGKILL". */
  exitDescription = '';

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Environment,
    private readonly print: (line: string) => void,
  ) {}

  start(): void {
    // Its own process group, so a Ctrl+C in the terminal reaches only start.ts, which forwards it once.
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(ROOT, this.script)], {
      cwd: ROOT,
      env: this.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitDescription = signal ? `signal ${signal}` : `code ${code}`;
        resolve(code);
      }),
    );
    const prefix = `[${this.name}]`.padEnd(9);
    const onLine = (line: string) => {
      for (const part of formatLogLine(line).split('\n')) this.print(`${prefix}${part}`);
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, onLine);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  onUnexpectedExit(callback: (code: number | null) => void): void {
    void this.exited.then((code) => {
      if (!this.stopping) callback(code);
    });
  }

  /** Resolves when GET url answers 200; rejects when the process exits first or time runs out. */
  async waitForHealth(url: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`The ${this.name} exited while starting.`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`The ${this.name} did not report healthy at ${url} within ${timeoutMs / 1000} s.`);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.running) this.child!.kill(signal);
  }

  /** Sends the signal and waits; after the grace time the process is killed. */
  async stop(signal: NodeJS.Signals, graceMs = 20_000): Promise<number | null> {
    if (!this.child) return null;
    this.stopping = true;
    this.kill(signal);
    const result = await within(this.exited, graceMs);
    if (result === 'timeout') {
      this.print(`[start]  the ${this.name} did not stop within ${graceMs / 1000} s: killing it`);
      this.kill('SIGKILL');
      return this.exited;
    }
    return result;
  }
}
