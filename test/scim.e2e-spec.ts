import { createPerson, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

const SECRET = 'scim-test-secret-scim-test-secret-0123';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('SCIM 2.0 provisioning of people (/scim/v2/Users) over HTTP', () => {
  const api = new ApiHarness();
  let boss: PersonFixture;

  beforeAll(async () => {
    await api.start({ SCIM_BEARER_SECRET: SECRET });
    boss = await createPerson(api.dataSource, { name: 'Boss', email: 'scim-boss@example.test' });
  });

  afterAll(() => api.stop());

  const scim = async (method: string, path: string, body?: unknown, secret = SECRET) => {
    const response = await fetch(`${api.baseUrl}/scim/v2/Users${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, ...(body ? { 'content-type': 'application/scim+json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type'), body: text ? (JSON.parse(text) as Record<string, any>) : null };
  };

  const newUser = (userName: string, extra: Record<string, unknown> = {}) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    userName,
    externalId: `entra-${userName}`,
    name: { givenName: 'Grace', familyName: 'Hopper' },
    title: 'Rear Admiral',
    active: true,
    [ENTERPRISE]: { department: 'Navy', manager: { value: boss.id } },
    ...extra,
  });

  it('refuses a wrong or missing secret with a SCIM error', async () => {
    const wrong = await scim('GET', '', undefined, 'not-the-secret');
    expect(wrong.status).toBe(401);
    expect(wrong.type).toMatch(/^application\/scim\+json/);
    expect(wrong.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' });
  });

  it('creates a person, finds them by userName, and refuses the same userName twice', async () => {
    const created = await scim('POST', '', newUser('grace@example.test'));
    expect(created.status).toBe(201);
    expect(created.type).toMatch(/^application\/scim\+json/);
    expect(created.body).toMatchObject({
      userName: 'grace@example.test',
      displayName: 'Grace Hopper',
      externalId: 'entra-grace@example.test',
      title: 'Rear Admiral',
      active: true,
      [ENTERPRISE]: { department: 'Navy', manager: { value: boss.id } },
      meta: { resourceType: 'User' },
    });
    const [row] = await api.dataSource.query(`SELECT name, department, job_title, manager_id, roles FROM person WHERE id = $1`, [created.body!.id]);
    expect(row).toEqual({ name: 'Grace Hopper', department: 'Navy', job_title: 'Rear Admiral', manager_id: boss.id, roles: ['EMPLOYEE'] });

    const found = await scim('GET', `?filter=${encodeURIComponent('userName eq "Grace@example.test"')}`);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: created.body!.id }] });
    const none = await scim('GET', `?filter=${encodeURIComponent('userName eq "nobody@example.test"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const badFilter = await scim('GET', `?filter=${encodeURIComponent('name co "x"')}`);
    expect(badFilter).toMatchObject({ status: 400, body: { scimType: 'invalidFilter' } });

    const twice = await scim('POST', '', newUser('grace@example.test'));
    expect(twice).toMatchObject({ status: 409, body: { scimType: 'uniqueness' } });
    const invalid = await scim('POST', '', newUser('not an email'));
    expect(invalid).toMatchObject({ status: 400, body: { scimType: 'invalidValue' } });
  });

  it('replaces and patches (Entra ID style), and deactivation stops sign-in', async () => {
    const created = (await scim('POST', '', newUser('linus@example.test'))).body!;
    const replaced = await scim('PUT', `/${created.id}`, newUser('linus@example.test', { title: 'Kernel Maintainer', [ENTERPRISE]: { department: 'Kernel' } }));
    expect(replaced.body).toMatchObject({ title: 'Kernel Maintainer', [ENTERPRISE]: { department: 'Kernel', manager: { value: boss.id } } });

    const patched = await scim('PATCH', `/${created.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'title', value: 'Fellow' },
        { op: 'Replace', path: `${ENTERPRISE}:department`, value: 'Research' },
        { op: 'Remove', path: `${ENTERPRISE}:manager` },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Fellow', [ENTERPRISE]: { department: 'Research' } });
    expect(patched.body![ENTERPRISE].manager).toBeUndefined();

    expect((await api.graphql(created.id, '{ me { id } }')).data?.me.id).toBe(created.id);
    const browserSignIn = await fetch(`${api.baseUrl}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: created.id }) });
    const cookie = browserSignIn.headers.getSetCookie().find((value) => value.startsWith('kennis_session='))!.split(';')[0];
    const meByCookie = async () => (await (await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { id } }' }) })).json()) as { data: { me: { id: string } } | null; errors?: { extensions: { code: string } }[] };
    expect((await meByCookie()).data?.me.id).toBe(created.id);
    const deactivated = await scim('PATCH', `/${created.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(deactivated.body).toMatchObject({ active: false });
    expect((await api.graphql(created.id, '{ me { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await meByCookie()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const [{ sessions }] = await api.dataSource.query(`SELECT count(*)::int AS sessions FROM sign_in_session WHERE person_id = $1`, [created.id]);
    expect(sessions).toBe(0);
    const devSignIn = await fetch(`${api.baseUrl}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: created.id }) });
    expect(devSignIn.status).toBe(400);
    const people = (await (await fetch(`${api.baseUrl}/auth/dev/people`)).json()) as { id: string }[];
    expect(people.map((person) => person.id)).not.toContain(created.id);

    const reactivated = await scim('PATCH', `/${created.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: true } }] });
    expect(reactivated.body).toMatchObject({ active: true });
    expect((await api.graphql(created.id, '{ me { id } }')).data?.me.id).toBe(created.id);

    const audit = await api.dataSource.query(`SELECT actor_id, action, details FROM audit_entry WHERE target_type = 'person' AND target_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      'scim-user-created',
      'scim-user-replaced',
      'scim-user-patched',
      'signed-in',
      'scim-user-patched',
      'scim-user-patched',
    ]);
    expect(audit[4]).toMatchObject({ actor_id: null, details: { via: 'scim', active: false } });
    // What the provider sent about the person stays out of the log.
    expect(JSON.stringify(audit)).not.toMatch(/Linus|Kernel|Fellow|Research/);
  });

  it('deactivates on DELETE, keeps the person, and answers 404 for unknown users', async () => {
    const created = (await scim('POST', '', newUser('ken@example.test'))).body!;
    const deleted = await fetch(`${api.baseUrl}/scim/v2/Users/${created.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${SECRET}` } });
    expect(deleted.status).toBe(204);
    expect((await scim('GET', `/${created.id}`)).body).toMatchObject({ active: false });
    const [entry] = await api.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id DESC LIMIT 1`, [created.id]);
    expect(entry.action).toBe('scim-user-deactivated');
    expect(await scim('GET', '/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { scimType: 'noTarget' } });
    expect(await scim('GET', '/not-an-id')).toMatchObject({ status: 404 });
  });

  it('refuses a reporting cycle from the provider', async () => {
    const a = (await scim('POST', '', newUser('cycle-a@example.test', { [ENTERPRISE]: {} }))).body!;
    const b = (await scim('POST', '', newUser('cycle-b@example.test', { [ENTERPRISE]: { manager: { value: a.id } } }))).body!;
    const cycle = await scim('PATCH', `/${a.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', path: `${ENTERPRISE}:manager`, value: b.id }],
    });
    expect(cycle).toMatchObject({ status: 400, body: { scimType: 'invalidValue' } });
    // Refused in the same transaction as its audit entry: neither the change nor an entry for it stays.
    const entries = await api.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`, [a.id]);
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual(['scim-user-created']);
  });
});
