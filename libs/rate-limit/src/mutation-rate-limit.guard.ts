import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { TooManyRequestsError } from '@kennis/errors';

export const PERSON_THROTTLER = 'person';
export const ADDRESS_THROTTLER = 'address';

interface GraphqlRequestContext {
  req?: { ip?: string; socket?: { remoteAddress?: string }; res?: { setHeader(name: string, value: string): void } };
  actor?: { personId: string };
}

/**
 * Limits GraphQL mutations per person and per client address (two throttlers, counted in Redis so all
 * API instances share them). Queries are bounded by the operation limits and cost instead. Runs after
 * authentication, so the person is known; anonymous callers are counted by address.
 */
@Injectable()
export class MutationRateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    return GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>().parentType.name !== 'Mutation';
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    const graphql = GqlExecutionContext.create(context).getContext<GraphqlRequestContext>();
    const req = { ...(graphql.req ?? {}), actor: graphql.actor };
    return { req, res: graphql.req?.res ?? { setHeader: () => undefined } };
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
  }

  /** One counter per person or address over all mutations, not one per mutation. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override setResponseHeader(res: Record<string, any>, name: string, value: string | number): void {
    // One Retry-After whatever throttler refused; the per-throttler X-RateLimit headers stay as they are.
    const header = name.startsWith('Retry-After') ? 'Retry-After' : name;
    res.setHeader?.(header, String(value));
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const what = detail.key.startsWith(`${PERSON_THROTTLER}:`) ? 'changes from you' : 'changes from your address';
    throw new TooManyRequestsError(what, Math.max(1, detail.timeToBlockExpire));
  }
}

/** The person's id for the person throttler; anonymous callers fall back to their address. */
export function personTracker(req: Record<string, any>): string {
  return req.actor?.personId ?? `address:${req.ip ?? req.socket?.remoteAddress ?? 'unknown'}`;
}
