import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@kennis/testing';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A built app (dist/apps/<name>) running as its own process, with its log lines kept for the test. */
export class AppProcess {
  readonly lines: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: 'api' | 'worker',
    private readonly environment: Record<string, string>,
  ) {}

  start(): void {
    const child = spawn(process.execPath, [path.join(ROOT, `dist/apps/${this.name}/src/main.js`)], {
      cwd: ROOT,
      env: { ...process.env, ...this.environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const collect = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      this.lines.push(...parts);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.child = child;
  }

  /** The process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Waits until GET url answers 200, or fails with the process's last log lines. */
  // Generous: on a shared two-core machine a Nest app can take well over 30 s to boot.
  async waitForHealth(url: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited:\n${this.lines.slice(-20).join('\n')}`);
      try {
        const response = await fetch(url);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} not healthy within ${timeoutMs} ms:\n${this.lines.slice(-20).join('\n')}`);
  }

  /** Resolves with the exit code once the process has ended by itself. */
  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM (graceful) or SIGKILL (a crash); resolves when the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.child) return null;
    if (this.running) this.child.kill(signal);
    const code = await this.exited;
    this.child = null;
    return code;
  }
}

export { freePort };
