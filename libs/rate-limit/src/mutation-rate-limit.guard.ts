import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { GqlExecutionContext } from '@nestjs/graphql';
import { rateLimitConfig } from '@kennis/config';
import { TooManyRequestsError } from '@kennis/errors';
import { RedisThrottlerStorage } from './redis-throttler.storage';

export const PERSON_THROTTLER = 'person';
export const ADDRESS_THROTTLER = 'address';

interface GraphqlRequestContext {
  req?: { ip?: string; socket?: { remoteAddress?: string } };
  actor?: { personId: string };
}

/**
 * Limits GraphQL mutations per person and per client address, counted in Redis so all API instances
 * share them. Queries are bounded by the operation limits and cost instead. Runs after authentication,
 * so the person is known; anonymous callers are counted by address. The API answers a refusal with 429
 * and Retry-After (too-many-requests.plugin).
 *
 * Written over the storage rather than as a @nestjs/throttler ThrottlerGuard: that package is CommonJS and
 * requires the ES-module-only @nestjs/common, which jest cannot load on Node 20, so no test could import
 * the API's modules. The storage keeps the ThrottlerStorage shape, so the package can come back later.
 */
@Injectable()
export class MutationRateLimitGuard implements CanActivate {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(rateLimitConfig.KEY) private readonly limits: ConfigType<typeof rateLimitConfig>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    if (graphql.getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation') return true;
    const request = graphql.getContext<GraphqlRequestContext>();
    const address = request.req?.ip ?? request.req?.socket?.remoteAddress ?? 'unknown';
    const windowMs = this.limits.windowSeconds * 1000;
    const person = request.actor?.personId ?? `address:${address}`;
    // Both counters in one Redis round trip; the address is not counted when the person is refused.
    const [byPerson, byAddress] = await this.storage.incrementInTurn([
      { throttlerName: PERSON_THROTTLER, key: person, limit: this.limits.mutationsPerPerson, ttl: windowMs, blockDuration: windowMs },
      { throttlerName: ADDRESS_THROTTLER, key: address, limit: this.limits.mutationsPerAddress, ttl: windowMs, blockDuration: windowMs },
    ]);
    if (byPerson.isBlocked) throw new TooManyRequestsError('changes from you', Math.max(1, byPerson.timeToBlockExpire));
    if (byAddress?.isBlocked) throw new TooManyRequestsError('changes from your address', Math.max(1, byAddress.timeToBlockExpire));
    return true;
  }
}
