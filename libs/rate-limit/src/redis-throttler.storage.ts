import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { redisConfig } from '@kennis/config';

export interface ThrottlerRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

// One round trip, atomic: count the hit in a window that starts with the first hit, and block the key
// for blockDuration once the count passes the limit. Every API instance shares the counts through Redis.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local windowLeft = redis.call('PTTL', KEYS[1])
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blockLeft = tonumber(ARGV[3])
end
return { hits, windowLeft, blockLeft }
`;

/** @nestjs/throttler storage in Redis (ioredis), under the deployment's QUEUE_PREFIX. Times are in milliseconds in, seconds out. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.redis = new Redis(config.url, { maxRetriesPerRequest: 2, lazyConnect: false });
    this.prefix = `${config.queuePrefix}:rate-limit`;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    const base = `${this.prefix}:${throttlerName}:${key}`;
    const [hits, windowLeft, blockLeft] = (await this.redis.eval(INCREMENT, 2, `${base}:hits`, `${base}:blocked`, ttl, limit, blockDuration)) as [
      number,
      number,
      number,
    ];
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(windowLeft / 1000)),
      isBlocked: blockLeft > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockLeft / 1000)),
    };
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
