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
