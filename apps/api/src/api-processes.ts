import cluster, { type Worker } from 'node:cluster';
import { type AppConfig, PinoLoggerService } from '@kennis/config';

/**
 * API_PROCESSES > 1: this process only supervises that many API processes sharing one port
 * (node:cluster). One Node.js process runs JavaScript on one core, so a single API process leaves the
 * other cores of its machine to PostgreSQL alone; the API keeps no state of its own between requests
 * (sign-in state, rate limits and queues are in PostgreSQL and Redis), so any process can answer any request.
 *
 * A process that dies after it listened is replaced. One that dies before it ever listened (a bad
 * setting, an unreachable database) stops the whole API with its exit code: starting it again would only
 * fail again, and a supervisor above (systemd, Docker, Kubernetes) reports a stopped service better than
 * a loop here hides it.
 */
export function superviseApiProcesses(config: AppConfig): void {
  const logger = new PinoLoggerService('kennis-api', config.logLevel);
  const listened = new WeakSet<Worker>();
  let stopping = false;

  const start = (): void => {
    const worker = cluster.fork();
    worker.once('listening', () => listened.add(worker));
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listened.has(worker)) {
      logger.error(`API process ${worker.process.pid} stopped before it listened (${signal ?? `exit code ${code}`}); stopping the API`, undefined, 'Processes');
      process.exitCode = code || 1;
      stop();
      return;
    }
    logger.error(`API process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`, undefined, 'Processes');
    start();
  });

  // Each process finishes its running requests before it exits (serveApi's graceful stop).
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (workers.length === 0) process.exit(process.exitCode ?? 0);
    for (const worker of workers) worker.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  for (let index = 0; index < config.apiProcesses; index += 1) start();
  logger.log(`Kennis API: ${config.apiProcesses} processes on port ${config.apiPort}`, 'Processes');
}
