import os from 'node:os';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, PinoLoggerService } from '@kennis/config';
import { DatabaseHealth } from '@kennis/database';
import { RedisHealth } from '@kennis/queues';
import { startHealthServer } from './health-server';
import { WorkerModule } from './worker.module';

/** One worker process: every job module, a health endpoint, and a graceful stop on SIGTERM/SIGINT. */
export async function runWorker(config: AppConfig): Promise<void> {
  // Mail and other background work give way to the API's requests where both share the CPU (npm start, a
  // small VM): a join storm's answers first, its mails a little later. Raising one's own niceness needs no
  // privilege; the main thread runs the jobs, and threads started from here inherit it.
  if (config.workerNice > 0) os.setPriority(config.workerNice);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new PinoLoggerService('kennis-worker', config.logLevel),
  });
  const health = await startHealthServer(config.workerHealthPort, config.workerHealthHost, app.get(DatabaseHealth), app.get(RedisHealth));
  const logger = new Logger('Main');
  logger.log(`Kennis worker running (process ${process.pid}); health on port ${config.workerHealthPort}`);

  // Graceful stop: closing the app closes each BullMQ worker, which first lets its running jobs finish.
  let stopping = false;
  async function stop(signal: NodeJS.Signals): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing running jobs, then stopping`);
    health.close();
    await app.close();
    process.exit(0);
  }
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}
