import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PinoLoggerService, readAppConfig } from '@kennis/config';
import { DatabaseHealth } from '@kennis/database';
import { RedisHealth } from '@kennis/queues';
import { startHealthServer } from './health-server';
import { WorkerModule } from './worker.module';

const config = readAppConfig();
const app = await NestFactory.createApplicationContext(WorkerModule, {
  logger: new PinoLoggerService('kennis-worker', config.logLevel),
});
// On SIGTERM Nest closes the module: @nestjs/bullmq closes each worker, which waits for its running jobs.
app.enableShutdownHooks();
const health = await startHealthServer(config.workerHealthPort, app.get(DatabaseHealth), app.get(RedisHealth));
const logger = new Logger('Main');
logger.log(`Kennis worker running; health on port ${config.workerHealthPort}`);
process.once('SIGTERM', () => health.close());
process.once('SIGINT', () => health.close());
