import { createServer, type Server } from 'node:http';
import type { DatabaseHealth } from '@kennis/database';
import type { RedisHealth } from '@kennis/queues';

/** The worker has no HTTP API; this answers GET /health with PostgreSQL's and Redis's state. */
export function startHealthServer(port: number, host: string, database: DatabaseHealth, redis: RedisHealth): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404).end();
      return;
    }
    const [postgres, redisState] = await Promise.all([database.check(), redis.check()]);
    const up = postgres.up && redisState.up;
    response
      .writeHead(up ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: up ? 'ok' : 'down', postgres, redis: redisState }));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
