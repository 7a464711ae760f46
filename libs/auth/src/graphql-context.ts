import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '@kennis/errors';
import type { Actor } from './actor';

/** The per-request GraphQL context: the HTTP request, and the actor once the guard has checked it. */
export interface GraphqlContext {
  req: { headers: Record<string, string | string[] | undefined> };
  actor?: Actor;
}

/** The authenticated person of this operation, in a resolver argument. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GraphqlContext>().actor;
  if (!actor) throw new UnauthenticatedError('This operation needs an authenticated person.');
  return actor;
});

/**
 * The authenticated person from the GraphQL context, for plain field resolvers: a field resolver with
 * no parameter decorators is called with GraphQL's own (parent, args, context) and skips Nest's
 * per-argument execution context and pipes, which a page of 50 sessions would pay for every field.
 */
export function actorOf(context: object): Actor {
  const actor = (context as GraphqlContext).actor;
  if (!actor) throw new UnauthenticatedError('This operation needs an authenticated person.');
  return actor;
}
