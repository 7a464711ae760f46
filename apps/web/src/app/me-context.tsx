import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';

export type Me = MeQuery['me'];

const MeContext = createContext<Me | null>(null);
export const MeProvider = MeContext.Provider;

/** The signed-in person; every page below the sign-in gate has one. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in part of the app');
  return me;
}

export function hasRole(me: Me, role: 'ADMIN' | 'FACILITY_MANAGER'): boolean {
  return me.roles.includes(role);
}

/** Whether the signed-in person is one of the session's hosts (an admin is not, by being one). */
export function hostsSession(me: Me, session: { hosts: readonly { id: string }[] }): boolean {
  return session.hosts.some((host) => host.id === me.id);
}
