import { Role } from './role';

/** The authenticated person an operation acts as. */
export interface Actor {
  personId: string;
  roles: readonly Role[];
}

export function isAdmin(actor: Actor): boolean {
  return actor.roles.includes(Role.ADMIN);
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

/** Finds the actor behind a verified token; implemented by the people library, wired by the app. */
export abstract class ActorLookup {
  abstract findActor(personId: string): Promise<Actor | null>;
}
