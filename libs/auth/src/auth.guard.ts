import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';
import { RequestAuthenticator } from './request-authenticator';
import type { GraphqlContext } from './graphql-context';

/** Every GraphQL operation acts as an authenticated person (HTTP routes such as /health and /auth are not GraphQL). */
@Injectable()
export class AuthGuard implements CanActivate {
  /** Root fields of one operation run their guards at once: they share one check of the request. */
  private readonly pending = new WeakMap<GraphqlContext, Promise<Actor>>();

  constructor(private readonly authenticator: RequestAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const graphqlContext = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (graphqlContext.actor) return true;
    let check = this.pending.get(graphqlContext);
    if (!check) {
      check = this.authenticator.authenticate(graphqlContext.req);
      this.pending.set(graphqlContext, check);
    }
    graphqlContext.actor = await check;
    return true;
  }
}
