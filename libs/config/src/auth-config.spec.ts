import { ConfigurationError } from './environment';
import { readAuthConfig } from './kennis.config';

const SECRET = 'a-development-secret-of-32-characters!!';
const OIDC = { AUTH_MODE: 'oidc', OIDC_ISSUER_URL: 'https://login.example.com/tenant', OIDC_CLIENT_ID: 'kennis' };

function failure(env: Record<string, string>): ConfigurationError {
  try {
    readAuthConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('the sign-in configuration', () => {
  it('runs the development scheme by default outside production', () => {
    const config = readAuthConfig({ JWT_SECRET: SECRET });
    expect(config).toMatchObject({ mode: 'development', jwtSecret: SECRET, oidc: null });
    expect(config.session).toEqual({ cookieName: 'kennis_session', secureCookie: false, idleSeconds: 3600, absoluteSeconds: 12 * 3600 });
  });

  it('refuses the development scheme with NODE_ENV=production, and production without OIDC', () => {
    expect(failure({ NODE_ENV: 'production', AUTH_MODE: 'development', JWT_SECRET: SECRET }).variable).toBe('AUTH_MODE');
    expect(failure({ NODE_ENV: 'production', JWT_SECRET: SECRET }).variable).toBe('OIDC_ISSUER_URL');
  });

  it('reads OIDC with its defaults: redirect URI from PUBLIC_URL, Secure cookie for https, no development tokens', () => {
    const config = readAuthConfig({ ...OIDC, NODE_ENV: 'production', PUBLIC_URL: 'https://kennis.example.com/' });
    expect(config.jwtSecret).toBeNull();
    expect(config.session.secureCookie).toBe(true);
    expect(config.oidc).toMatchObject({
      redirectUri: 'https://kennis.example.com/auth/callback',
      audience: 'kennis',
      algorithms: ['RS256', 'PS256', 'ES256'],
      allowInsecureIssuer: false,
      claims: { subject: 'sub', email: 'email', roles: null },
    });
  });

  it('names the variable of each bad value', () => {
    expect(failure({ ...OIDC, NODE_ENV: 'production', OIDC_ISSUER_URL: 'http://login.example.com' }).variable).toBe('OIDC_ISSUER_URL');
    expect(failure({ ...OIDC, OIDC_CLIENT_ID: '' }).variable).toBe('OIDC_CLIENT_ID');
    expect(failure({ ...OIDC, OIDC_ALGORITHMS: 'HS256' }).variable).toBe('OIDC_ALGORITHMS');
    expect(failure({ ...OIDC, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'admins=ROOT' }).variable).toBe('OIDC_ROLE_MAP');
    expect(failure({ ...OIDC, OIDC_ROLE_MAP: 'admins=ADMIN' }).message).toMatch(/OIDC_ROLES_CLAIM/);
    expect(failure({ ...OIDC, ADMIN_EMAILS: 'ada@example.com, not-an-email' }).variable).toBe('ADMIN_EMAILS');
    expect(failure({ ...OIDC, SCIM_BEARER_SECRET: 'short' }).variable).toBe('SCIM_BEARER_SECRET');
    expect(failure({ JWT_SECRET: SECRET, SESSION_IDLE_MINUTES: '600', SESSION_ABSOLUTE_HOURS: '2' }).variable).toBe('SESSION_IDLE_MINUTES');
  });

  it('maps groups to roles and lower-cases ADMIN_EMAILS', () => {
    const config = readAuthConfig({ ...OIDC, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'kennis-admins=ADMIN, facilities=FACILITY_MANAGER', ADMIN_EMAILS: 'Ada@Example.com' });
    expect(config.oidc?.roleMap).toEqual({ 'kennis-admins': 'ADMIN', facilities: 'FACILITY_MANAGER' });
    expect(config.adminEmails).toEqual(['ada@example.com']);
  });
});
