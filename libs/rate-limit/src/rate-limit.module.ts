import { Module } from '@nestjs/common';
import { MutationRateLimitGuard } from './mutation-rate-limit.guard';
import { RateLimiter } from './rate-limiter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Rate limits in Redis: the mutation guard (register it as an APP_GUARD after authentication) and RateLimiter. */
@Module({
  providers: [RedisThrottlerStorage, RateLimiter, MutationRateLimitGuard],
  exports: [RateLimiter, MutationRateLimitGuard, RedisThrottlerStorage],
})
export class RateLimitModule {}
