import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@kennis/errors';
import { ActorLookup } from './actor';
import { TokenService } from './token.service';
import type { GraphqlContext } from './graphql-context';

/** Every GraphQL operation acts as an authenticated person (HTTP health checks are not GraphQL). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly actors: ActorLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const graphqlContext = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (graphqlContext.actor) return true;
    const header = graphqlContext.req?.headers?.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) {
      throw new UnauthenticatedError('Send an Authorization: Bearer <token> header (npm run token -- <email> prints one).');
    }
    const personId = this.tokens.verify(match[1]);
    const actor = await this.actors.findActor(personId);
    if (!actor) throw new UnauthenticatedError('The person in this token no longer exists.');
    graphqlContext.actor = actor;
    return true;
  }
}
