import { waitForOutboxDrained } from '@kennis/testing';
import { ApiHarness } from './api-harness';
import { AppProcess, freePort } from './app-process';
import { MailSink } from './mail-sink';

/** API and worker as real processes, mail to a real SMTP server of the test. */
export class PlatformHarness extends ApiHarness {
  readonly sink = new MailSink();
  worker!: AppProcess;
  workerHealthUrl!: string;

  override async start(overrides: Record<string, string> = {}): Promise<this> {
    await this.sink.start();
    const workerPort = await freePort();
    this.workerHealthUrl = `http://127.0.0.1:${workerPort}/health`;
    await super.start({
      SMTP_URL: this.sink.url,
      WORKER_HEALTH_PORT: String(workerPort),
      OUTBOX_SWEEP_INTERVAL_MS: '1000',
      ...overrides,
    });
    await this.startWorker();
    return this;
  }

  async startWorker(): Promise<AppProcess> {
    this.worker = new AppProcess('worker', this.environment);
    this.worker.start();
    await this.worker.waitForHealth(this.workerHealthUrl);
    return this.worker;
  }

  override async stop(): Promise<void> {
    await this.worker?.stop();
    await super.stop();
    await this.sink.stop();
  }

  /** The session's mail rows (not its reminder schedules) by state, as the database has them. */
  async outboxStates(sessionId: string): Promise<Record<string, number>> {
    const rows: { status: string; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM outbox_message WHERE session_id = $1 AND payload ? 'kind' GROUP BY status`,
      [sessionId],
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }

  /** Waits until no outbox row is pending any more. */
  waitForOutboxDrained(timeoutMs = 60_000): Promise<void> {
    return waitForOutboxDrained(this.dataSource, timeoutMs);
  }
}
