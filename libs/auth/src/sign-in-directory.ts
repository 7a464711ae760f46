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

/** Who may sign in; implemented by the people library, wired by the app (libs/auth knows no domain tables). */
export abstract class SignInDirectory {
  /** The people the development sign-in page lists. */
  abstract listSignInCandidates(): Promise<SignInCandidate[]>;
}
