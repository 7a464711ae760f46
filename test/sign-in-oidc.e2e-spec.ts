import { createPerson, freePort, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';
import { generateSigningKey, OidcTestProvider, type SigningKey, TestBrowser } from './support/oidc-test-provider';

const loginAs = (accountId: string) => (html: string): Record<string, string> =>
  html.includes('name="login"') ? { login: accountId, password: 'any' } : {};

const ME = `{ me { id email name department site jobTitle managerId roles } }`;

describe('production sign-in with a real OpenID provider: the browser flow and bearer access tokens', () => {
  const api = new ApiHarness();
  let provider: OidcTestProvider;
  let key: SigningKey;
  let apiBase: string;
  let boss: PersonFixture;

  beforeAll(async () => {
    const apiPort = await freePort();
    apiBase = `http://127.0.0.1:${apiPort}`;
    provider = new OidcTestProvider({
      clientId: 'kennis',
      clientSecret: 'kennis-test-client-secret',
      redirectUri: `${apiBase}/auth/callback`,
      postLogoutRedirectUri: `${apiBase}/`,
    });
    key = await generateSigningKey('key-1');
    await provider.start([key]);
    await api.start({
      API_PORT: String(apiPort),
      PUBLIC_URL: apiBase,
      AUTH_MODE: 'oidc',
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'kennis',
      OIDC_CLIENT_SECRET: 'kennis-test-client-secret',
      OIDC_AUDIENCE: 'kennis-api',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'kennis-facilities=FACILITY_MANAGER',
      ADMIN_EMAILS: 'first.admin@example.test',
      OIDC_JWKS_COOLDOWN_SECONDS: '0',
    });
    boss = await createPerson(api.dataSource, { name: 'Boss', email: 'boss@example.test' });
  });

  afterAll(async () => {
    await api.stop();
    await provider.stop();
  });

  const graphql = async (headers: Record<string, string>, query = ME) => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data: { me: Record<string, unknown> } | null; errors?: { message: string; extensions: { code: string } }[] };
  };

  /** A failed callback sends the browser to the web app's sign-in page with the reason, never a JSON body. */
  const failedReason = (response: Response): string | null => {
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!, apiBase);
    expect(location.pathname).toBe('/sign-in');
    return location.searchParams.get('failed');
  };

  /** The browser signs in at the provider as this account and comes back to returnTo. */
  const signIn = async (browser: TestBrowser, accountId: string, returnTo = '/sessions/upcoming') => {
    const start = await browser.request(`${apiBase}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = await browser.walk(authorize.href, (url) => url.href.startsWith(`${apiBase}/auth/callback`), loginAs(accountId));
    return browser.request(callback.href);
  };

  it('tells the web app it is in oidc mode and hides the development sign-in', async () => {
    expect(await (await fetch(`${apiBase}/auth/options`)).json()).toEqual({ mode: 'oidc' });
    expect((await fetch(`${apiBase}/auth/dev/people`)).status).toBe(404);
    const devSignIn = await fetch(`${apiBase}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: boss.id }) });
    expect(devSignIn.status).toBe(404);
  });

  it('walks redirect, callback, cookie, GraphQL as that person, and sign-out at the provider', async () => {
    provider.accounts.set('provider-ada', {
      sub: 'provider-ada',
      email: 'Ada@Example.test',
      email_verified: true,
      name: 'Ada Lovelace',
      department: 'Research',
      site: 'Utrecht',
      job_title: 'Analyst',
      manager_email: 'boss@example.test',
      groups: ['kennis-facilities'],
    });
    const browser = new TestBrowser();
    const callback = await signIn(browser, 'provider-ada');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/sessions/upcoming');
    const session = browser.cookie('kennis_session');
    expect(session).toBeTruthy();
    expect(callback.headers.getSetCookie().find((cookie) => cookie.startsWith('kennis_session='))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/i);

    const me = (await graphql({ cookie: `kennis_session=${session}` })).data?.me;
    expect(me).toMatchObject({
      email: 'ada@example.test',
      name: 'Ada Lovelace',
      department: 'Research',
      site: 'Utrecht',
      jobTitle: 'Analyst',
      managerId: boss.id,
      roles: ['EMPLOYEE', 'FACILITY_MANAGER'],
    });
    const [row] = await api.dataSource.query(`SELECT external_id FROM person WHERE id = $1`, [me!.id]);
    expect(row.external_id).toBe('provider-ada');

    const signOut = await browser.request(`${apiBase}/auth/sign-out`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { redirectTo } = (await signOut.json()) as { redirectTo: string };
    const endSession = new URL(redirectTo);
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${apiBase}/`);
    expect(browser.cookie('kennis_session')).toBeNull();
    expect((await graphql({ cookie: `kennis_session=${session}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    // The provider ends its own session too and sends the browser back to Kennis.
    const url = await browser.walk(redirectTo, (next) => next.href === `${apiBase}/`, () => ({ logout: 'yes' }));
    expect(url.href).toBe(`${apiBase}/`);
    // Signing in again asks for the login at the provider once more (its session ended).
    const again = await browser.request(`${apiBase}/auth/sign-in`);
    const interaction = await browser.walk(again.headers.get('location')!, (next) => next.pathname.startsWith('/interaction/'), () => ({}));
    expect(await (await browser.request(interaction.href)).text()).toContain('name="login"');
  });

  it('finds the same person again by provider id, and names the first admins by ADMIN_EMAILS', async () => {
    provider.accounts.set('provider-first-admin', { sub: 'provider-first-admin', email: 'first.admin@example.test', email_verified: true, name: 'First Admin' });
    const browser = new TestBrowser();
    expect((await signIn(browser, 'provider-first-admin', '/')).headers.get('location')).toBe('/');
    const first = (await graphql({ cookie: `kennis_session=${browser.cookie('kennis_session')}` })).data?.me;
    expect(first?.roles).toEqual(['EMPLOYEE', 'ADMIN']);
    const second = new TestBrowser();
    await signIn(second, 'provider-first-admin', '/');
    expect((await graphql({ cookie: `kennis_session=${second.cookie('kennis_session')}` })).data?.me.id).toBe(first?.id);
  });

  it('links an existing person by verified email, and refuses unverified email and deactivated people', async () => {
    const existing = await createPerson(api.dataSource, { email: 'existing@example.test', name: 'Existing' });
    provider.accounts.set('provider-existing', { sub: 'provider-existing', email: 'existing@example.test', email_verified: true });
    const browser = new TestBrowser();
    await signIn(browser, 'provider-existing', '/');
    expect((await graphql({ cookie: `kennis_session=${browser.cookie('kennis_session')}` })).data?.me.id).toBe(existing.id);

    provider.accounts.set('provider-unverified', { sub: 'provider-unverified', email: 'existing@example.test', email_verified: false });
    const refused = new TestBrowser();
    expect(failedReason(await signIn(refused, 'provider-unverified', '/'))).toBe('missing-claims');
    expect(refused.cookie('kennis_session')).toBeNull();

    await api.dataSource.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [existing.id]);
    expect((await graphql({ cookie: `kennis_session=${browser.cookie('kennis_session')}` })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(failedReason(await signIn(new TestBrowser(), 'provider-existing', '/'))).toBe('deactivated');
  });

  it('refuses a callback without the browser that started it, a replayed callback, and other-origin returnTo', async () => {
    provider.accounts.set('provider-bo', { sub: 'provider-bo', email: 'bo@example.test', email_verified: true });
    const browser = new TestBrowser();
    const start = await browser.request(`${apiBase}/auth/sign-in`);
    const url = await browser.walk(start.headers.get('location')!, (next) => next.href.startsWith(`${apiBase}/auth/callback`), loginAs('provider-bo'));
    const otherBrowser = await fetch(url.href, { redirect: 'manual' });
    expect(failedReason(otherBrowser)).toBe('expired');
    const first = await browser.request(url.href);
    expect(first.status).toBe(302);
    expect(browser.cookie('kennis_session')).toBeTruthy();
    const replay = await browser.request(url.href);
    expect(failedReason(replay)).toBe('expired');
    for (const returnTo of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await fetch(`${apiBase}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { extensions: { field: string } }[] }).errors[0].extensions.field).toBe('returnTo');
    }
  });

  it('sends a denied consent, a provider error and a forged state back to the sign-in page with the reason', async () => {
    provider.accounts.set('provider-cy', { sub: 'provider-cy', email: 'cy@example.test', email_verified: true });
    // The person cancels at the provider: oidc-provider answers error=access_denied, as Entra ID and Okta do.
    const denying = new TestBrowser();
    const start = await denying.request(`${apiBase}/auth/sign-in?returnTo=${encodeURIComponent('/mentoring')}`);
    const interaction = await denying.walk(start.headers.get('location')!, (next) => next.pathname.startsWith('/interaction/'), () => ({}));
    const callback = await denying.walk(`${interaction.href.replace(/\/$/, '')}/abort`, (next) => next.href.startsWith(`${apiBase}/auth/callback`), () => ({}));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const denied = await denying.request(callback.href);
    expect(failedReason(denied)).toBe('denied');
    // Back on the sign-in page, a new try goes to the page the person was going to.
    expect(new URL(denied.headers.get('location')!, apiBase).searchParams.get('returnTo')).toBe('/mentoring');
    expect(denying.cookie('kennis_session')).toBeNull();

    const erring = new TestBrowser();
    const state = new URL((await erring.request(`${apiBase}/auth/sign-in`)).headers.get('location')!).searchParams.get('state')!;
    expect(failedReason(await erring.request(`${apiBase}/auth/callback?error=server_error&state=${state}`))).toBe('provider-error');

    const forging = new TestBrowser();
    const begun = await forging.request(`${apiBase}/auth/sign-in`);
    const answer = await forging.walk(begun.headers.get('location')!, (next) => next.href.startsWith(`${apiBase}/auth/callback`), loginAs('provider-cy'));
    answer.searchParams.set('state', 'forged-state');
    expect(failedReason(await forging.request(answer.href))).toBe('unverified');
    expect(forging.cookie('kennis_session')).toBeNull();

    const failures: { reason: string; providerError?: string }[] = (
      await api.dataSource.query(`SELECT details FROM audit_entry WHERE action = 'sign-in-failed' AND details->>'method' = 'oidc' ORDER BY id`)
    ).map((row: { details: { reason: string; providerError?: string } }) => row.details);
    expect(failures.slice(-3)).toEqual([
      expect.objectContaining({ reason: 'denied', providerError: 'access_denied' }),
      expect.objectContaining({ reason: 'provider-error', providerError: 'server_error' }),
      expect.objectContaining({ reason: 'unverified' }),
    ]);
  });

  it('writes every sign-in and failed sign-in to the audit log, with the method', async () => {
    const [ada] = await api.dataSource.query(`SELECT id FROM person WHERE external_id = 'provider-ada'`);
    const signIns = await api.dataSource.query(`SELECT actor_id, target_id, details FROM audit_entry WHERE action = 'signed-in' AND actor_id = $1`, [ada.id]);
    expect(signIns[0]).toEqual({ actor_id: ada.id, target_id: ada.id, details: { method: 'oidc' } });
    const reasons = (await api.dataSource.query(`SELECT DISTINCT details->>'reason' AS reason FROM audit_entry WHERE action = 'sign-in-failed'`)).map(
      (row: { reason: string }) => row.reason,
    );
    expect(reasons).toEqual(expect.arrayContaining(['missing-claims', 'deactivated', 'expired', 'denied', 'unverified']));
    // Codes, flags and the address only: no token, code or cookie in the log.
    expect(JSON.stringify(await api.dataSource.query(`SELECT details FROM audit_entry`))).not.toMatch(/eyJ|code=|kennis_session/);
  });

  describe('bearer access tokens from the same issuer', () => {
    let personExternalId: string;

    beforeAll(async () => {
      personExternalId = 'provider-ada';
    });

    const bearer = async (token: string) => graphql({ authorization: `Bearer ${token}` }, '{ me { email } }');

    it('accepts a valid token and refuses expired, not yet valid, wrongly signed, other audience and unknown issuer', async () => {
      const now = Math.floor(Date.now() / 1000);
      expect((await bearer(await provider.accessToken(key, { sub: personExternalId }))).data?.me.email).toBe('ada@example.test');
      const stranger = await generateSigningKey('key-1');
      const cases = {
        expired: await provider.accessToken(key, { sub: personExternalId, iat: now - 7200, exp: now - 3600 }),
        notYetValid: await provider.accessToken(key, { sub: personExternalId, nbf: now + 3600 }),
        wronglySigned: await provider.accessToken(stranger, { sub: personExternalId }),
        otherAudience: await provider.accessToken(key, { sub: personExternalId, aud: 'another-api' }),
        unknownIssuer: await provider.accessToken(key, { sub: personExternalId }, 'http://127.0.0.1:1/other-issuer'),
        noExpiry: await provider.accessToken(key, { sub: personExternalId, exp: undefined }),
        unknownPerson: await provider.accessToken(key, { sub: 'nobody-at-kennis' }),
        developmentToken: api.tokenFor(boss.id),
      };
      for (const [kind, token] of Object.entries(cases)) {
        const response = await bearer(token);
        expect({ kind, code: response.errors?.[0].extensions.code }).toEqual({ kind, code: 'UNAUTHENTICATED' });
      }
    });

    it('follows a rotated key: a token with a new key id is accepted after the provider publishes it', async () => {
      const rotated = await generateSigningKey('key-2');
      const port = provider.port;
      await provider.stop();
      await provider.start([rotated, key], port);
      expect((await bearer(await provider.accessToken(rotated, { sub: personExternalId }))).data?.me.email).toBe('ada@example.test');
      expect((await bearer(await provider.accessToken(key, { sub: personExternalId }))).data?.me.email).toBe('ada@example.test');
    });
  });
});
