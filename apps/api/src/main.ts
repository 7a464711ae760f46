import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { readAppConfig } from '@kennis/config';
import { createApiApplication } from './api.application';

const app = await createApiApplication();
const { apiPort, publicUrl, keepAliveTimeoutMs, headersTimeoutMs } = readAppConfig();
const server = app.getHttpServer() as Server;
server.keepAliveTimeout = keepAliveTimeoutMs;
server.headersTimeout = headersTimeoutMs;
await app.listen(apiPort);
const logger = new Logger('Main');
logger.log(`Kennis API listening on port ${apiPort}: GraphQL at ${publicUrl}/graphql`);

// Graceful stop: stop taking requests, let running ones finish, close the database and Redis.
let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.log(`${signal}: stopping`);
  await app.close();
  process.exit(0);
}
process.once('SIGTERM', (signal) => void stop(signal));
process.once('SIGINT', (signal) => void stop(signal));
