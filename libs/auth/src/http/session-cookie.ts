import type { HttpResponse as Response } from './http-types';
import type { SignInSessionConfig } from '@kennis/config';

/** The value of one cookie from a Cookie header; null when absent. */
export function readCookie(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return null;
  for (const part of text.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return value ? value : null;
  }
  return null;
}

function cookieOptions(config: SignInSessionConfig) {
  // Lax: the cookie comes along when the provider redirects back to /auth/callback (a top-level GET),
  // but not on cross-site POSTs; GraphQL additionally refuses requests that are not JSON (csrfPrevention).
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookie, path: '/' };
}

export function setSessionCookie(response: Response, config: SignInSessionConfig, secret: string): void {
  response.cookie(config.cookieName, secret, { ...cookieOptions(config), maxAge: config.absoluteSeconds * 1000 });
}

export function clearSessionCookie(response: Response, config: SignInSessionConfig): void {
  response.clearCookie(config.cookieName, cookieOptions(config));
}

/** Binds the provider's callback to the browser that started the sign-in (login CSRF). */
export const ATTEMPT_COOKIE = 'kennis_sign_in';

export function setAttemptCookie(response: Response, config: SignInSessionConfig, secret: string): void {
  response.cookie(ATTEMPT_COOKIE, secret, { ...cookieOptions(config), path: '/auth', maxAge: 10 * 60 * 1000 });
}

export function clearAttemptCookie(response: Response, config: SignInSessionConfig): void {
  response.clearCookie(ATTEMPT_COOKIE, { ...cookieOptions(config), path: '/auth' });
}
