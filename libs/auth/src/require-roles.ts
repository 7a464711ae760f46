import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError } from '@kennis/errors';
import type { GraphqlContext } from './graphql-context';
import { Role } from './role';

const REQUIRED_ROLES = 'kennis:required-roles';

const ROLE_NAMES: Record<Role, string> = {
  [Role.EMPLOYEE]: 'employees',
  [Role.FACILITY_MANAGER]: 'facility managers',
  [Role.ADMIN]: 'admins',
};

/**
 * The operation is for these roles only. Checked by RolesGuard before any argument is validated, so a
 * caller without the role learns nothing about what valid input looks like. Services keep their own checks.
 */
export const RequireRoles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** Runs after the authentication guard: refuses FORBIDDEN when the actor has none of the required roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!roles?.length || context.getType<string>() !== 'graphql') return true;
    const actor = GqlExecutionContext.create(context).getContext<GraphqlContext>().actor;
    if (actor && roles.some((role) => actor.roles.includes(role))) return true;
    const field = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
    throw new ForbiddenError(`Only ${roles.map((role) => ROLE_NAMES[role]).join(' and ')} may use ${field}.`);
  }
}
