import { createHash, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createPerson, type PersonFixture, TEST_JWT_SECRET } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

function sessionCookie(response: Response): string {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('kennis_session='));
  if (!header) throw new Error(`No kennis_session cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  return header;
}

function cookieValue(setCookie: string): string {
  return setCookie.split(';')[0].slice('kennis_session='.length);
}

describe('development sign-in in the browser: cookie sessions (the contract of /auth)', () => {
  const api = new ApiHarness();
  let ada: PersonFixture;
  let admin: PersonFixture;

  beforeAll(async () => {
    await api.start({ SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '8' });
    ada = await createPerson(api.dataSource, { name: 'Ada Lovelace', jobTitle: 'Engineer' });
    admin = await createPerson(api.dataSource, { name: 'Admin Person', roles: ['EMPLOYEE', 'ADMIN'] });
  });

  afterAll(() => api.stop());

  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${api.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
      redirect: 'manual',
    });

  const me = async (cookie: string) => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id name } }' }),
    });
    return (await response.json()) as { data: { me: { id: string; name: string } } | null; errors?: { extensions: { code: string } }[] };
  };

  const signIn = async (personId: string, cookie?: string) => {
    const response = await post('/auth/dev/sign-in', { personId }, cookie);
    expect(response.status).toBe(204);
    return cookieValue(sessionCookie(response));
  };

  it('tells the web app the mode and lists the people who can sign in', async () => {
    expect(await (await fetch(`${api.baseUrl}/auth/options`)).json()).toEqual({ mode: 'development' });
    const people = (await (await fetch(`${api.baseUrl}/auth/dev/people`)).json()) as Record<string, unknown>[];
    expect(people).toEqual(
      expect.arrayContaining([
        { id: ada.id, name: 'Ada Lovelace', email: ada.email, roles: ['EMPLOYEE'], department: 'Engineering', jobTitle: 'Engineer' },
        expect.objectContaining({ id: admin.id, roles: ['EMPLOYEE', 'ADMIN'] }),
      ]),
    );
  });

  it('signs in with an httpOnly SameSite=Lax cookie and answers GraphQL as that person', async () => {
    const response = await post('/auth/dev/sign-in', { personId: ada.id });
    expect(response.status).toBe(204);
    const setCookie = sessionCookie(response);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//i);
    expect(setCookie).not.toMatch(/; Secure/i); // PUBLIC_URL is http here
    const secret = cookieValue(setCookie);
    expect((await me(`kennis_session=${secret}`)).data?.me).toEqual({ id: ada.id, name: 'Ada Lovelace' });

    // Only a hash of the secret is stored.
    const rows: { secret_hash: string }[] = await api.dataSource.query(`SELECT secret_hash FROM sign_in_session WHERE person_id = $1`, [ada.id]);
    expect(rows.map((row) => row.secret_hash)).toContain(createHash('sha256').update(secret).digest('hex'));
    const leaked: unknown[] = await api.dataSource.query(`SELECT 1 FROM sign_in_session WHERE secret_hash = $1 OR id::text = $1`, [secret]);
    expect(leaked).toHaveLength(0);
  });

  it('rotates the session at sign-in: the cookie from before stops working', async () => {
    const before = await signIn(ada.id);
    const after = await signIn(admin.id, `kennis_session=${before}`);
    expect(after).not.toBe(before);
    expect((await me(`kennis_session=${before}`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await me(`kennis_session=${after}`)).data?.me.id).toBe(admin.id);
  });

  it('refuses unknown and malformed person ids with a JSON error naming the field', async () => {
    for (const personId of [randomUUID(), 'not-an-id', 42, null]) {
      const response = await post('/auth/dev/sign-in', { personId });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string; field: string } }[] };
      expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('writes sign-ins and failed sign-ins to the audit log, with the method', async () => {
    // The failures are those of the test before (each counts towards the address's limit).
    await signIn(ada.id);
    const [signedIn] = await api.dataSource.query(
      `SELECT actor_id, target_type, target_id, details FROM audit_entry WHERE action = 'signed-in' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [ada.id],
    );
    expect(signedIn).toEqual({ actor_id: ada.id, target_type: 'person', target_id: ada.id, details: { method: 'development' } });
    const [failed] = await api.dataSource.query(`SELECT actor_id, details FROM audit_entry WHERE action = 'sign-in-failed' ORDER BY id DESC LIMIT 1`);
    expect(failed).toEqual({ actor_id: null, details: { method: 'development', reason: 'unknown-person', address: expect.any(String) } });
  });

  it('ends sessions that were idle too long or passed their absolute end', async () => {
    const idle = await signIn(ada.id);
    const hash = createHash('sha256').update(idle).digest('hex');
    await api.dataSource.query(`UPDATE sign_in_session SET last_seen_at = now() - interval '31 minutes' WHERE secret_hash = $1`, [hash]);
    expect((await me(`kennis_session=${idle}`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const old = await signIn(ada.id);
    const oldHash = createHash('sha256').update(old).digest('hex');
    const [{ hours }]: { hours: string }[] = await api.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM sign_in_session WHERE secret_hash = $1`,
      [oldHash],
    );
    expect(Number(hours)).toBe(8);
    expect((await me(`kennis_session=${old}`)).data?.me.id).toBe(ada.id);
    await api.dataSource.query(`UPDATE sign_in_session SET expires_at = now() - interval '1 second' WHERE secret_hash = $1`, [oldHash]);
    expect((await me(`kennis_session=${old}`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

  });

  it('signs out: clears the cookie and ends the server-side session', async () => {
    const secret = await signIn(ada.id);
    const response = await post('/auth/sign-out', {}, `kennis_session=${secret}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ redirectTo: '/' });
    expect(sessionCookie(response)).toMatch(/^kennis_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect((await me(`kennis_session=${secret}`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses cookie requests that are not JSON (CSRF), and anonymous or garbled cookies', async () => {
    const secret = await signIn(ada.id);
    const viaGet = await fetch(`${api.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie: `kennis_session=${secret}` } });
    expect(viaGet.status).toBe(400);
    expect(await viaGet.text()).toMatch(/CSRF|preflight/i);
    const asForm = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `kennis_session=${secret}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect([400, 415]).toContain(asForm.status);
    expect((await me('')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await me('kennis_session=garbage')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('still takes bearer tokens, but not ones without exp, issued in the future or for a non-person subject', async () => {
    expect((await api.graphql(ada.id, '{ me { id } }')).data?.me.id).toBe(ada.id);
    const now = Math.floor(Date.now() / 1000);
    const tokens = {
      noExpiry: jwt.sign({ sub: ada.id, iss: 'kennis' }, TEST_JWT_SECRET, { algorithm: 'HS256' }),
      futureIat: jwt.sign({ sub: ada.id, iss: 'kennis', iat: now + 3600, exp: now + 7200 }, TEST_JWT_SECRET, { algorithm: 'HS256' }),
      notAPerson: jwt.sign({ sub: 'ada', iss: 'kennis' }, TEST_JWT_SECRET, { algorithm: 'HS256', expiresIn: 600 }),
      expired: jwt.sign({ sub: ada.id, iss: 'kennis', iat: now - 7200, exp: now - 3600 }, TEST_JWT_SECRET, { algorithm: 'HS256' }),
      wrongSecret: jwt.sign({ sub: ada.id, iss: 'kennis' }, 'another-secret-another-secret-another', { algorithm: 'HS256', expiresIn: 600 }),
    };
    for (const [kind, token] of Object.entries(tokens)) {
      const response = await api.graphql(token, '{ me { id } }');
      expect({ kind, code: response.errors?.[0].extensions.code }).toEqual({ kind, code: 'UNAUTHENTICATED' });
    }
  });

  // Last: it leaves this address blocked from signing in for a while.
  it('slows down guessing: after 10 failed sign-ins from an address, 429 with Retry-After, even for a right id', async () => {
    const codes: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) codes.push((await post('/auth/dev/sign-in', { personId: randomUUID() })).status);
    expect(codes.filter((code) => code === 400).length).toBeGreaterThanOrEqual(5);
    expect(codes.at(-1)).toBe(429);
    const blocked = await post('/auth/dev/sign-in', { personId: ada.id });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
