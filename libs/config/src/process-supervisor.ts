import cluster, { type Worker } from 'node:cluster';
import type { LogLevel } from './kennis.config';
import { PinoLoggerService } from './logger';

export interface SupervisedProcesses {
  /** How the logs name one process: "API process", "worker process". */
  label: string;
  /** The logger's service name: kennis-api, kennis-worker. */
  service: string;
  count: number;
  logLevel: LogLevel;
  /** Logged once all are forked: what runs, and where. */
  startedMessage: string;
}

/**
 * API_PROCESSES or WORKER_PROCESSES > 1: this process only supervises that many processes of its app
 * (node:cluster). One Node.js process runs JavaScript on one core, so a single process leaves the other
 * cores of its machine to PostgreSQL alone. Neither app keeps state of its own that another process
 * needs: sign-in state, rate limits, queues and outbox claims are in PostgreSQL and Redis, so any API
 * process can answer any request and any worker process can take any job. Ports opened in the
 * processes (the API's, the worker's health and inbound SMTP) are shared by node:cluster.
 *
 * A process counts as started once it listens on its port (the API's, or the worker's health port). One
 * that dies after that is replaced. One that dies before it ever listened (a bad setting, an unreachable
 * database) stops the whole app with its exit code: starting it again would only fail again, and a
 * supervisor above (systemd, Docker, Kubernetes) reports a stopped service better than a loop here hides it.
 */
export function superviseProcesses(processes: SupervisedProcesses): void {
  const logger = new PinoLoggerService(processes.service, processes.logLevel);
  const listened = new WeakSet<Worker>();
  let stopping = false;

  const start = (): void => {
    const child = cluster.fork();
    child.once('listening', () => listened.add(child));
  };

  cluster.on('exit', (child, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const how = signal ?? `exit code ${code}`;
    if (!listened.has(child)) {
      logger.error(`${processes.label} ${child.process.pid} stopped before it listened (${how}); stopping`, undefined, 'Processes');
      process.exitCode = code || 1;
      stop();
      return;
    }
    logger.error(`${processes.label} ${child.process.pid} stopped (${how}); starting another`, undefined, 'Processes');
    start();
  });

  // Each process finishes its running work before it exits (its own graceful stop on SIGTERM).
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    const children = Object.values(cluster.workers ?? {}).filter((child): child is Worker => child !== undefined);
    if (children.length === 0) process.exit(process.exitCode ?? 0);
    for (const child of children) child.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  for (let index = 0; index < processes.count; index += 1) start();
  logger.log(processes.startedMessage, 'Processes');
}
