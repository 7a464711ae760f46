import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { type AppConfig, isLoopbackHost, readAuthConfig } from '@kennis/config';
import { createApiApplication } from './api.application';

/** One API process: builds the application, listens, and stops gracefully on SIGTERM or SIGINT. */
export async function serveApi(config: AppConfig): Promise<void> {
  const app = await createApiApplication();
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.headersTimeout = config.headersTimeoutMs;
  await app.listen(config.apiPort, config.apiHost);
  const logger = new Logger('Main');
  logger.log(`Kennis API listening on ${config.apiHost} port ${config.apiPort} (process ${process.pid}): GraphQL at ${config.publicUrl}/graphql`);
  if (!isLoopbackHost(config.apiHost) && readAuthConfig().mode === 'development') {
    logger.warn(
      `API_HOST ${config.apiHost} offers the development sign-in to other machines: whoever reaches it can sign in as anyone. ` +
        'Use AUTH_MODE=oidc for anything but a trial on a trusted network.',
    );
  }

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
}
