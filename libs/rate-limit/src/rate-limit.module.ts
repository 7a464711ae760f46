import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import { rateLimitConfig } from '@kennis/config';
import { ADDRESS_THROTTLER, MutationRateLimitGuard, PERSON_THROTTLER, personTracker } from './mutation-rate-limit.guard';
import { RateLimiter } from './rate-limiter';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Rate limits in Redis: the mutation guard (register it as an APP_GUARD after authentication) and RateLimiter. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [rateLimitConfig.KEY],
      useFactory: (limits: ConfigType<typeof rateLimitConfig>) => ({
        throttlers: [
          { name: PERSON_THROTTLER, limit: limits.mutationsPerPerson, ttl: limits.windowSeconds * 1000, getTracker: personTracker },
          { name: ADDRESS_THROTTLER, limit: limits.mutationsPerAddress, ttl: limits.windowSeconds * 1000 },
        ],
      }),
    }),
  ],
  providers: [RedisThrottlerStorage, { provide: ThrottlerStorage, useExisting: RedisThrottlerStorage }, RateLimiter, MutationRateLimitGuard],
  exports: [RateLimiter, MutationRateLimitGuard, ThrottlerModule, ThrottlerStorage, RedisThrottlerStorage],
})
export class RateLimitModule {}
