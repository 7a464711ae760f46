// The browser side of the API's /auth/* endpoints (see the sign-in contract). The only module that calls
// fetch by hand: everything else goes through urql.

export type AuthMode = 'development' | 'oidc';

export interface DemoPerson {
  id: string;
  name: string;
  email: string;
  roles: string[];
  department: string | null;
  jobTitle: string | null;
}

export class AuthRequestError extends Error {}

async function json<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  throw new AuthRequestError(body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`);
}

export async function fetchAuthMode(): Promise<AuthMode> {
  const { mode } = await json<{ mode: AuthMode }>(await fetch('/auth/options', { headers: { accept: 'application/json' } }));
  return mode;
}

export async function fetchDemoPeople(): Promise<DemoPerson[]> {
  return json<DemoPerson[]>(await fetch('/auth/dev/people', { headers: { accept: 'application/json' } }));
}

export async function signInAsDemoPerson(personId: string): Promise<void> {
  const response = await fetch('/auth/dev/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) await json(response);
}

/** Where the identity provider's sign-in starts; it sends the person back to returnTo. */
export function providerSignInUrl(returnTo: string): string {
  return `/auth/sign-in?${new URLSearchParams({ returnTo })}`;
}

export async function signOut(): Promise<string> {
  const { redirectTo } = await json<{ redirectTo: string }>(
    await fetch('/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
  );
  return redirectTo;
}

/** A same-origin path to come back to after signing in, never another site. */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in')) return '/';
  return value;
}

/** The sign-in page that returns to returnTo; `expired` makes it say that the session has ended. */
export function signInPath(returnTo: string, expired = false): string {
  return `/sign-in?${new URLSearchParams({ returnTo: safeReturnTo(returnTo), ...(expired ? { expired: '1' } : {}) })}`;
}
