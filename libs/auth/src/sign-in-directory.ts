import type { Actor } from './actor';
import type { Role } from './role';

/** A person offered on the development sign-in page. */
export interface SignInCandidate {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  department: string | null;
  jobTitle: string | null;
}

/** What the identity provider says about a person signing in (claims named by the OIDC_*_CLAIM settings). */
export interface ProviderIdentity {
  /** The provider's id for the person (also SCIM's externalId). */
  externalId: string;
  /** Verified by the provider, lower case. */
  email: string;
  name: string | null;
  department: string | null;
  site: string | null;
  jobTitle: string | null;
  managerEmail: string | null;
  /** From the role claim mapping; null when roles are set by admins in Kennis. */
  roles: Role[] | null;
  /** The email is in ADMIN_EMAILS. */
  grantAdmin: boolean;
  language: 'nl' | 'en' | null;
  timeZone: string | null;
}

/** Who may sign in; implemented by the people library, wired by the app (libs/auth knows no domain tables). */
export abstract class SignInDirectory {
  /** The people the development sign-in page lists. */
  abstract listSignInCandidates(): Promise<SignInCandidate[]>;

  /** Finds the person by provider id, then by verified email, or creates them; null when deactivated. */
  abstract signInFromProvider(identity: ProviderIdentity): Promise<Actor | null>;

  /** The person with this provider id (bearer access tokens); null when unknown or deactivated. */
  abstract findActorByExternalId(externalId: string): Promise<Actor | null>;
}
