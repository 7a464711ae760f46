import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { ThrottlerStorage } from '@nestjs/throttler'; // the shape only: see MutationRateLimitGuard
import { Redis } from 'ioredis';
import { redisConfig } from '@kennis/config';

export interface ThrottlerRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

// One round trip, atomic: for each counter in turn, count the hit in a window that starts with the
// first hit, and block the key for its block duration once the count passes the limit. Stops at the
// first blocked counter, so a refused hit is not counted against the next one (as separate calls in
// turn would do). Every API instance shares the counts through Redis.
// KEYS: hits and blocked key of each counter; ARGV: window, limit and block duration (ms) of each.
const INCREMENT_IN_TURN = `
local results = {}
for i = 1, #KEYS / 2 do
  local hitsKey, blockedKey = KEYS[2 * i - 1], KEYS[2 * i]
  local window, limit, block = ARGV[3 * i - 2], tonumber(ARGV[3 * i - 1]), ARGV[3 * i]
  local hits = redis.call('INCR', hitsKey)
  if hits == 1 then redis.call('PEXPIRE', hitsKey, window) end
  local windowLeft = redis.call('PTTL', hitsKey)
  local blockLeft = redis.call('PTTL', blockedKey)
  if blockLeft <= 0 and hits > limit then
    redis.call('SET', blockedKey, '1', 'PX', block)
    blockLeft = tonumber(block)
  end
  results[i] = { hits, windowLeft, blockLeft }
  if blockLeft > 0 then break end
end
return results
`;

/** One counter of incrementInTurn: times in milliseconds. */
export interface ThrottleCounter {
  key: string;
  throttlerName: string;
  ttl: number;
  limit: number;
  blockDuration: number;
}

type IncrementInTurn = (keyCount: number, ...keysAndArgs: (string | number)[]) => Promise<[number, number, number][]>;

/** @nestjs/throttler storage in Redis (ioredis), under the deployment's QUEUE_PREFIX. Times are in milliseconds in, seconds out. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(config.url, { maxRetriesPerRequest: 2, lazyConnect: false });
    // EVALSHA (ioredis loads the script when Redis does not know it): the script's text is not sent with every mutation.
    this.redis.defineCommand('kennisIncrementInTurn', { lua: INCREMENT_IN_TURN });
    this.prefix = `${config.queuePrefix}:rate-limit`;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    const [record] = await this.incrementInTurn([{ key, ttl, limit, blockDuration, throttlerName }]);
    return record;
  }

  /**
   * Counts a hit on each counter in turn, in one round trip, and stops at the first one that is
   * blocked: the answer has a record for each counter counted, the last one blocked if any is.
   */
  async incrementInTurn(counters: readonly ThrottleCounter[]): Promise<ThrottlerRecord[]> {
    const keys = counters.flatMap(({ key, throttlerName }) => {
      const base = `${this.prefix}:${throttlerName}:${key}`;
      return [`${base}:hits`, `${base}:blocked`];
    });
    const args = counters.flatMap(({ ttl, limit, blockDuration }) => [ttl, limit, blockDuration]);
    const run = (this.redis as unknown as { kennisIncrementInTurn: IncrementInTurn }).kennisIncrementInTurn.bind(this.redis);
    const results = await run(keys.length, ...keys, ...args);
    return results.map(([hits, windowLeft, blockLeft]) => ({
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(windowLeft / 1000)),
      isBlocked: blockLeft > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockLeft / 1000)),
    }));
  }

  /** Seconds the key stays blocked, 0 when it is not. Counts nothing. */
  async blockedSeconds(key: string, throttlerName: string): Promise<number> {
    const left = await this.redis.pttl(`${this.prefix}:${throttlerName}:${key}:blocked`);
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /** Forgets a key, e.g. the failures of a person who then signed in. */
  async reset(key: string, throttlerName: string): Promise<void> {
    const base = `${this.prefix}:${throttlerName}:${key}`;
    await this.redis.del(`${base}:hits`, `${base}:blocked`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
