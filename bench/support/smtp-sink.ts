import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';
import { onCleanup } from './cleanup';

/**
 * A real SMTP server on 127.0.0.1 that counts what it accepts and throws the content away; it keeps
 * one raw message when asked (the baseline resends it), and the arrival times of the first and last.
 */
export class CountingSmtpSink {
  count = 0;
  bytes = 0;
  firstAt = 0;
  lastAt = 0;
  /** Keep the raw content of the n-th message after the last reset (1-based; 0 keeps none). */
  keepIndex = 0;
  kept: Buffer | null = null;
  private begun = 0;
  private server: SMTPServer | null = null;
  private port = 0;
  private waiters: { target: number; resolve: () => void }[] = [];
  private unregister: () => Promise<void> = async () => undefined;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, _session, callback) => {
        this.begun += 1;
        const keep = this.keepIndex > 0 && this.begun === this.keepIndex;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (keep) chunks.push(chunk);
        });
        stream.on('end', () => {
          if (keep) this.kept = Buffer.concat(chunks);
          this.accepted(size);
          callback();
        });
      },
    });
    this.server.on('error', () => undefined);
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.port = (this.server.server.address() as { port: number }).port;
    this.unregister = onCleanup('smtp sink', () => this.close());
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Starts counting from zero. */
  reset(): void {
    this.count = 0;
    this.begun = 0;
    this.bytes = 0;
    this.firstAt = 0;
    this.lastAt = 0;
  }

  /** Resolves once `target` messages arrived since the last reset; false when the time ran out. */
  waitFor(target: number, timeoutMs: number): Promise<boolean> {
    if (this.count >= target) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        resolve(false);
      }, timeoutMs);
      const entry = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      this.waiters.push(entry);
    });
  }

  async stop(): Promise<void> {
    await this.unregister();
  }

  private accepted(size: number): void {
    const now = performance.timeOrigin + performance.now();
    if (this.count === 0) this.firstAt = now;
    this.lastAt = now;
    this.count += 1;
    this.bytes += size;
    const done = this.waiters.filter((waiter) => this.count >= waiter.target);
    this.waiters = this.waiters.filter((waiter) => this.count < waiter.target);
    for (const waiter of done) waiter.resolve();
  }

  private async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
