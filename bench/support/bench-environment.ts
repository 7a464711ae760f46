import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Redis } from 'ioredis';
import { readTestConfig } from '@kennis/config';
import { onCleanup } from './cleanup';
import { freePort } from './child-process';

export const BENCH_JWT_SECRET = 'kennis-bench-secret-kennis-bench-secret';
/** The apps' pool size in production (DATABASE_POOL_SIZE's default); the baselines get the same. */
export const POOL_SIZE = 10;

export interface AppEnvironment {
  variables: Record<string, string>;
  queuePrefix: string;
}

/**
 * The variables the built api and worker read (libs/config/src/kennis.config.ts), pointing at one
 * benchmark's database and a BullMQ prefix of its own. NODE_ENV is test, not production: production
 * refuses the development sign-in (HS256 tokens) that the benchmarks sign their requests with.
 */
export function appEnvironment(databaseUrl: string, overrides: Record<string, string> = {}): AppEnvironment {
  const queuePrefix = `kennis-bench-${randomUUID().slice(0, 8)}`;
  return {
    queuePrefix,
    variables: {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      REDIS_URL: readTestConfig().redisUrl,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: BENCH_JWT_SECRET,
      LOG_LEVEL: 'info',
      ...overrides,
    },
  };
}

export async function withApiPort(environment: AppEnvironment): Promise<{ port: number; baseUrl: string }> {
  const port = await freePort();
  environment.variables.API_PORT = String(port);
  return { port, baseUrl: `http://127.0.0.1:${port}` };
}

export function tokenFor(personId: string): string {
  return jwt.sign({}, BENCH_JWT_SECRET, { algorithm: 'HS256', subject: personId, issuer: 'kennis', expiresIn: 3600 });
}

/** Deletes every Redis key under the prefix (BullMQ keys are <prefix>:<queue>:...). */
export async function deleteRedisKeys(prefix: string): Promise<number> {
  const redis = new Redis(readTestConfig().redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/** Registers the removal of the prefix's Redis keys, for when the benchmark ends however it ends. */
export function cleanUpRedisKeys(prefix: string): () => Promise<void> {
  return onCleanup(`redis keys ${prefix}:*`, () => deleteRedisKeys(prefix));
}
