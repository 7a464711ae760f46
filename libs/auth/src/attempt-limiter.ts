export interface AttemptRule {
  name: string;
  limit: number;
  windowSeconds: number;
  blockSeconds?: number;
}

/**
 * Counts failed sign-ins per address across API instances. The app wires the Redis RateLimiter of
 * libs/rate-limit here; libs/auth does not import it, because @nestjs/throttler would then load wherever
 * the auth entities do (the migrations, the tests).
 */
export abstract class AttemptLimiter {
  /** Throws TOO_MANY_REQUESTS while the key is blocked. */
  abstract assertAllowed(rule: AttemptRule, key: string): Promise<void>;
  /** Counts a failure; throws TOO_MANY_REQUESTS once over the limit. */
  abstract hit(rule: AttemptRule, key: string): Promise<void>;
}
