export { MutationRateLimitGuard } from './mutation-rate-limit.guard';
export { RateLimitModule } from './rate-limit.module';
export { RateLimiter } from './rate-limiter';
export type { RateLimitRule } from './rate-limiter';
export { RedisThrottlerStorage } from './redis-throttler.storage';
