import { randomUUID } from 'node:crypto';
import { readTestConfig } from '@kennis/config';

export const TEST_JWT_SECRET = 'kennis-test-secret-kennis-test-secret';

/**
 * Points the configuration at a test database and a BullMQ prefix of this test file alone, so test
 * files run in parallel without seeing each other's rows or jobs.
 */
export function useTestEnvironment(databaseUrl: string, overrides: Record<string, string> = {}): Record<string, string> {
  const variables: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: readTestConfig().redisUrl,
    QUEUE_PREFIX: `kennis-test-${randomUUID().slice(0, 8)}`,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'warn',
    API_PORT: '0',
    WORKER_HEALTH_PORT: '0',
    // Tests race hundreds of mutations from one address; the rate-limit test sets its own small limits.
    RATE_LIMIT_MUTATIONS_PER_PERSON: '100000',
    RATE_LIMIT_MUTATIONS_PER_ADDRESS: '100000',
    // Any free port: a fixed one would clash between test files and checkouts running at once.
    INBOUND_SMTP_PORT: '0',
    // Two test files run at once, each with its own api and worker: one file's worker must not give way
    // to the other file's api. test/worker-priority.e2e-spec.ts checks a niced worker.
    WORKER_NICE: '0',
    ...overrides,
  };
  Object.assign(process.env, variables);
  return variables;
}
