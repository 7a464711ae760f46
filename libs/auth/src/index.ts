export { ActorLookup, hasAnyRole, isAdmin } from './actor';
export type { Actor } from './actor';
export { AuthGuard } from './auth.guard';
export { AuthModule } from './auth.module';
export { CurrentActor } from './graphql-context';
export type { GraphqlContext } from './graphql-context';
export { Role } from './role';
export { TokenService } from './token.service';
export { RequireRoles, RolesGuard } from './require-roles';
