import { buildPerson, createPeople, createPerson, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

const SET_MANAGER = `mutation($input: SetManagerInput!) { setPersonManager(input: $input) { id managerId } }`;

describe('the reporting line: from the provider or an admin, never the employee, never a circle', () => {
  const api = new ApiHarness();
  let admin: PersonFixture;

  beforeAll(async () => {
    await api.start();
    admin = await createPerson(api.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
  });

  afterAll(() => api.stop());

  it('does not let employees set their own manager', async () => {
    const [employee, boss] = await createPeople(api.dataSource, [buildPerson(), buildPerson()]);
    const viaProfile = await api.graphql(employee.id, `mutation($m: ID!) { updateMyProfile(input: { managerId: $m }) { id } }`, { m: boss.id });
    expect(viaProfile.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const viaAdminMutation = await api.graphql(employee.id, SET_MANAGER, { input: { personId: employee.id, managerId: boss.id } });
    expect(viaAdminMutation.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const [row] = await api.dataSource.query(`SELECT manager_id FROM person WHERE id = $1`, [employee.id]);
    expect(row.manager_id).toBeNull();
  });

  it('lets an admin set and clear it, and refuses a longer circle naming managerId', async () => {
    const [a, b, c] = await createPeople(api.dataSource, [buildPerson(), buildPerson(), buildPerson()]);
    await api.ok(admin.id, SET_MANAGER, { input: { personId: a.id, managerId: b.id } });
    await api.ok(admin.id, SET_MANAGER, { input: { personId: b.id, managerId: c.id } });
    const circle = await api.graphql(admin.id, SET_MANAGER, { input: { personId: c.id, managerId: a.id } });
    expect(circle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
    const self = await api.graphql(admin.id, SET_MANAGER, { input: { personId: c.id, managerId: c.id } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
    const cleared = await api.ok(admin.id, SET_MANAGER, { input: { personId: a.id, managerId: null } });
    expect(cleared.setPersonManager.managerId).toBeNull();
  });

  it('leaves no cycle after 40 concurrent changes that would make 20 two-person circles', async () => {
    const people = await createPeople(api.dataSource, Array.from({ length: 40 }, () => buildPerson()));
    const pairs = Array.from({ length: 20 }, (_, index) => [people[2 * index], people[2 * index + 1]] as const);
    const calls = pairs.flatMap(([x, y]) => [
      api.graphql(admin.id, SET_MANAGER, { input: { personId: x.id, managerId: y.id } }),
      api.graphql(admin.id, SET_MANAGER, { input: { personId: y.id, managerId: x.id } }),
    ]);
    const answers = await Promise.all(calls);
    const refused = answers.filter((answer) => answer.errors?.length);
    expect(refused).toHaveLength(20);
    for (const answer of refused) expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });

    const cycles: unknown[] = await api.dataSource.query(
      `SELECT p.id FROM person p JOIN person m ON m.id = p.manager_id WHERE m.manager_id = p.id AND p.id = ANY($1::uuid[])`,
      [people.map((person) => person.id)],
    );
    expect(cycles).toEqual([]);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM person WHERE manager_id IS NOT NULL AND id = ANY($1::uuid[])`, [
      people.map((person) => person.id),
    ]);
    expect(count).toBe(20);
  });

  it('refuses a cycle in the database itself, whoever writes', async () => {
    const [a, b] = await createPeople(api.dataSource, [buildPerson(), buildPerson()]);
    await api.dataSource.query(`UPDATE person SET manager_id = $2 WHERE id = $1`, [a.id, b.id]);
    await expect(api.dataSource.query(`UPDATE person SET manager_id = $2 WHERE id = $1`, [b.id, a.id])).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23514', constraint: 'person_manager_no_cycle' }),
    });
  });
});
