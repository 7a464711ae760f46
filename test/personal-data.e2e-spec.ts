import { createPerson, createProposedSession, createRoom, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

describe("a person's data: download and erasure", () => {
  const api = new ApiHarness();
  let admin: PersonFixture;
  let host: PersonFixture;
  let zoe: PersonFixture;
  let sessionId: string;

  beforeAll(async () => {
    await api.start();
    admin = await createPerson(api.dataSource, { name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    host = await createPerson(api.dataSource, { name: 'Hanna Host' });
    zoe = await createPerson(api.dataSource, { name: 'Zoe Zeldzaam' });
    await api.dataSource.query(`UPDATE person SET manager_id = $1 WHERE id = $2`, [zoe.id, host.id]);
    const room = await createRoom(api.dataSource, {});
    sessionId = (await createProposedSession(api.dataSource, host.id, { capacity: 5 })).id;
    await api.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: '2031-04-01T10:00:00Z', roomId: room.id },
    });
    await api.ok(zoe.id, 'mutation { setMySkill(input: { skillName: "Kotlin", kind: WANTS, level: 2 }) { level } }');
    await api.ok(zoe.id, 'mutation { setMyDiversityAttribute(input: { attribute: "background", value: "farming family", consent: true }) { attribute } }');
    await api.ok(zoe.id, 'mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }', { id: sessionId });
    await api.ok(zoe.id, 'mutation { rotateMyCalendarFeed }');
  });

  afterAll(() => api.stop());

  it('gives a person everything Kennis holds about them as JSON, and only theirs', async () => {
    const { myPersonalData } = await api.ok(zoe.id, '{ myPersonalData }');
    const data = JSON.parse(myPersonalData);
    expect(data.profile[0]).toMatchObject({ id: zoe.id, name: 'Zoe Zeldzaam', email: zoe.email });
    expect(data.skills).toEqual([{ name: 'Kotlin', kind: 'WANTS', level: 2 }]);
    expect(data.diversityAttributes[0]).toMatchObject({ attribute: 'background', value: 'farming family' });
    expect(data.registrations).toEqual([expect.objectContaining({ session_id: sessionId })]);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(myPersonalData).not.toContain('calendar_feed_token_hash');
    expect(myPersonalData).not.toContain(host.email);
  });

  it('erases a person: personal data gone, others keep their sessions and counts, no more mail to them', async () => {
    const SEATS = 'query($id: ID!) { session(id: $id) { seatsTaken hosts { id } } }';
    const before = await api.ok(host.id, SEATS, { id: sessionId });
    await api.dataSource.query(`UPDATE outbox_message SET status = 'PENDING', due_at = now() + interval '1 day' WHERE payload->>'personId' = $1`, [zoe.id]);
    // Zoe is signed in in a browser and holds a bearer token that has not expired.
    const browserSignIn = await fetch(`${api.baseUrl}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: zoe.id }) });
    const cookie = browserSignIn.headers.getSetCookie().find((value) => value.startsWith('kennis_session='))!.split(';')[0];
    const meByCookie = async () => (await (await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { id } }' }) })).json()) as { data: { me: { id: string } } | null; errors?: { extensions: { code: string } }[] };
    const token = api.tokenFor(zoe.id);
    expect((await meByCookie()).data?.me.id).toBe(zoe.id);
    expect((await api.graphql(token, '{ me { id } }')).data?.me.id).toBe(zoe.id);

    const refused = await api.graphql(host.id, 'mutation($id: ID!) { erasePerson(personId: $id) }', { id: zoe.id });
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await api.ok(admin.id, 'mutation($id: ID!) { erasePerson(personId: $id) }', { id: zoe.id })).toEqual({ erasePerson: true });

    // Erased means signed out everywhere: the token still verifies, but names a person who can no longer act.
    expect((await api.graphql(token, '{ me { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await meByCookie()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const [{ sessions }] = await api.dataSource.query(`SELECT count(*)::int AS sessions FROM sign_in_session WHERE person_id = $1`, [zoe.id]);
    expect(sessions).toBe(0);
    const signInAgain = await fetch(`${api.baseUrl}/auth/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: zoe.id }) });
    expect(signInAgain.status).toBe(400);

    const [person] = await api.dataSource.query(`SELECT name, email, department, job_title, calendar_feed_token_hash FROM person WHERE id = $1`, [zoe.id]);
    expect(person).toEqual({ name: 'Erased person', email: `erased-${zoe.id}@erased.invalid`, department: '', job_title: '', calendar_feed_token_hash: null });
    const leftovers = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM person_skill WHERE person_id = $1) AS skills,
              (SELECT count(*)::int FROM diversity_attribute WHERE person_id = $1) AS diversity,
              (SELECT count(*)::int FROM person WHERE manager_id = $1) AS reports,
              (SELECT count(*)::int FROM outbox_message WHERE payload->>'personId' = $1::text AND status = 'PENDING') AS pending_mail`,
      [zoe.id],
    );
    expect(leftovers).toEqual([{ skills: 0, diversity: 0, reports: 0, pending_mail: 0 }]);
    const everything = JSON.stringify(await api.dataSource.query(`SELECT * FROM person`));
    expect(everything).not.toContain('Zeldzaam');

    expect(await api.ok(host.id, SEATS, { id: sessionId })).toEqual(before);
    const audit = await api.ok(admin.id, `{ auditLog(filter: { action: "person-erased" }) { actorId actor { id name } targetId } }`);
    expect(audit.auditLog).toEqual([{ actorId: admin.id, actor: { id: admin.id, name: admin.name }, targetId: zoe.id }]);
    const missing = await api.graphql(admin.id, 'mutation { erasePerson(personId: "7c1e0c1e-0000-4000-8000-000000000000") }');
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
