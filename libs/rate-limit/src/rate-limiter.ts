import { Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '@kennis/errors';
import { RedisThrottlerStorage } from './redis-throttler.storage';

export interface RateLimitRule {
  /** Names the counter, e.g. "sign-in-failures"; also what the error says there were too many of. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** How long a key stays refused once over the limit; the window by default. */
  blockSeconds?: number;
}

/**
 * Rate limits for code that is not a GraphQL mutation, shared by every API instance through Redis.
 * Sign-in, for example: `await limiter.assertAllowed(rule, address)` before checking a password or code,
 * `await limiter.hit(rule, address)` after a failure, `limiter.reset(rule, address)` after a success.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly storage: RedisThrottlerStorage) {}

  /** Counts one hit for the key; throws TOO_MANY_REQUESTS (with Retry-After) once the key is over the limit. */
  async hit(rule: RateLimitRule, key: string): Promise<void> {
    const record = await this.storage.increment(key, rule.windowSeconds * 1000, rule.limit, (rule.blockSeconds ?? rule.windowSeconds) * 1000, rule.name);
    if (record.isBlocked) throw new TooManyRequestsError(rule.name.replaceAll('-', ' '), Math.max(1, record.timeToBlockExpire));
  }

  /** Throws TOO_MANY_REQUESTS while the key is blocked, without counting a hit. */
  async assertAllowed(rule: RateLimitRule, key: string): Promise<void> {
    const seconds = await this.storage.blockedSeconds(key, rule.name);
    if (seconds > 0) throw new TooManyRequestsError(rule.name.replaceAll('-', ' '), seconds);
  }

  reset(rule: RateLimitRule, key: string): Promise<void> {
    return this.storage.reset(key, rule.name);
  }
}
