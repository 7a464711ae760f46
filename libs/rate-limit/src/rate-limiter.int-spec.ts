import { randomUUID } from 'node:crypto';
import { readTestConfig } from '@kennis/config';
import { TooManyRequestsError } from '@kennis/errors';
import { RateLimiter } from './rate-limiter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('RateLimiter over Redis (for sign-in failures and the like)', () => {
  const storage = new RedisThrottlerStorage({ url: readTestConfig().redisUrl, queuePrefix: `kennis-test-${randomUUID()}` });
  const limiter = new RateLimiter(storage);
  const rule = { name: 'sign-in-failures', limit: 2, windowSeconds: 30, blockSeconds: 90 };

  afterAll(() => storage.onModuleDestroy());

  it('allows the limit, then refuses with the block time, peeks without counting, and resets', async () => {
    await limiter.assertAllowed(rule, '10.0.0.1');
    await limiter.hit(rule, '10.0.0.1');
    await limiter.hit(rule, '10.0.0.1');
    await limiter.assertAllowed(rule, '10.0.0.1');
    const error = await limiter.hit(rule, '10.0.0.1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect((error as TooManyRequestsError).details.retryAfterSeconds).toBe(90);
    expect((error as TooManyRequestsError).message).toBe('Too many sign in failures. Try again in 90 seconds.');
    await expect(limiter.assertAllowed(rule, '10.0.0.1')).rejects.toBeInstanceOf(TooManyRequestsError);
    await limiter.hit(rule, '10.0.0.2');
    await limiter.reset(rule, '10.0.0.1');
    await limiter.assertAllowed(rule, '10.0.0.1');
    await limiter.hit(rule, '10.0.0.1');
  });

  it('counts concurrent hits exactly once each', async () => {
    const key = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => limiter.hit({ ...rule, limit: 7 }, key)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(7);
  });

  it('counts counters in turn in one call, and stops at the first one that is blocked', async () => {
    const person = { key: randomUUID(), throttlerName: 'person', limit: 1, ttl: 30_000, blockDuration: 30_000 };
    const address = { key: randomUUID(), throttlerName: 'address', limit: 5, ttl: 30_000, blockDuration: 30_000 };
    const first = await storage.incrementInTurn([person, address]);
    expect(first.map((record) => [record.totalHits, record.isBlocked])).toEqual([[1, false], [1, false]]);
    const refused = await storage.incrementInTurn([person, address]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 30 });
    // The refused hit did not count against the address: its next hit is its second.
    const [addressOnly] = await storage.incrementInTurn([address]);
    expect(addressOnly.totalHits).toBe(2);
  });
});
