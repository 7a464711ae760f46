import { createPerson, createProposedSession, createRoom, type PersonFixture, type SessionFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

/** Every input is checked at the edge: BAD_USER_INPUT naming the field, nothing reaches PostgreSQL, nothing changes. */
describe('inputs checked at the edge', () => {
  const api = new ApiHarness();
  let host: PersonFixture;
  let employee: PersonFixture;
  let facility: PersonFixture;
  let session: SessionFixture;
  let roomId: string;

  beforeAll(async () => {
    await api.start();
    host = await createPerson(api.dataSource, { name: 'Hanna Host' });
    employee = await createPerson(api.dataSource, { name: 'Eli' });
    facility = await createPerson(api.dataSource, { name: 'Fay', roles: ['EMPLOYEE', 'FACILITY_MANAGER'] });
    session = await createProposedSession(api.dataSource, host.id, { title: 'Original title' });
    roomId = (await createRoom(api.dataSource, {})).id;
  });

  afterAll(() => api.stop());

  const UPDATE = `mutation($input: UpdateSessionDetailsInput!) { updateSessionDetails(input: $input) { id title onlineUrl } }`;
  const PROPOSE = `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`;
  const proposal = (overrides: Record<string, unknown>) => ({
    input: { title: 'A fine title', format: 'TALK', language: 'en', capacity: 10, durationMinutes: 60, ...overrides },
  });

  async function expectBadInput(personId: string, query: string, variables: Record<string, unknown>, field: string, message?: RegExp) {
    const response = await api.graphql(personId, query, variables);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message) expect(response.errors![0].message).toMatch(message);
    return response.errors![0];
  }

  async function sessionRow() {
    const [row] = await api.dataSource.query(`SELECT title, description, online_url FROM session WHERE id = $1`, [session.id]);
    return row;
  }

  it('refuses NUL, control characters, lone surrogates, blank and over-long strings, naming the field', async () => {
    const before = await sessionRow();
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, title: 'Bad\u0000title' } }, 'title', /U\+0000/);
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, description: 'Bell \u0007' } }, 'description', /U\+0007/);
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, description: 'broken \ud800 text' } }, 'description', /surrogate/);
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, title: '     ' } }, 'title', /blank/);
    await expectBadInput(host.id, PROPOSE, proposal({ title: '\t \n' }), 'title', /blank/);
    await expectBadInput(host.id, PROPOSE, proposal({ skills: ['ok', 'x\u0000'] }), 'skills[1]');
    await expectBadInput(host.id, `query($s: String!) { people(search: $s) { id } }`, { s: 'x'.repeat(10_001) }, 'search', /at most 10000/);
    // A field with bounds of its own names those, not the limit of every input string.
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, title: 'x'.repeat(10_001) } }, 'title', /^title must be 3 to 200 characters$/);
    await expectBadInput(host.id, PROPOSE, proposal({ skills: ['ok', 'x'.repeat(10_001)] }), 'skills', /^each skill must be 1 to 100 characters$/);
    expect(await sessionRow()).toEqual(before);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM session`);
    expect(count).toBe(1);
  });

  it('refuses explicit null for a value that must stay and an update without changes; null clears an online link', async () => {
    const before = await sessionRow();
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, title: null } }, 'title', /cannot be null/);
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id, capacity: null } }, 'capacity', /cannot be null/);
    await expectBadInput(host.id, UPDATE, { input: { sessionId: session.id } }, 'input', /Nothing to change/);
    await expectBadInput(facility.id, `mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { id } }`, { input: { roomId } }, 'input', /Nothing to change/);
    await expectBadInput(employee.id, `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`, { input: { name: null } }, 'name');
    expect(await sessionRow()).toEqual(before);
    const set = await api.ok(host.id, UPDATE, { input: { sessionId: session.id, onlineUrl: 'https://meet.example.com/a' } });
    expect(set.updateSessionDetails.onlineUrl).toBe('https://meet.example.com/a');
    const cleared = await api.ok(host.id, UPDATE, { input: { sessionId: session.id, onlineUrl: null } });
    expect(cleared.updateSessionDetails.onlineUrl).toBeNull();
  });

  it('takes mail addresses through one strict check', async () => {
    const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id resourceMailbox } }`;
    const room = (resourceMailbox: string) => ({ input: { site: 'Utrecht', name: `Room ${Math.random()}`, capacity: 4, resourceMailbox } });
    for (const bad of ['"evil\r\nBcc: all@example.com"@example.com', 'a@b', 'a..b@example.com', 'ada@example.com\r\n', 'ada@[127.0.0.1]', 'ada @example.com', 'ada@exa_mple.com']) {
      await expectBadInput(facility.id, CREATE_ROOM, room(bad), 'resourceMailbox', /mail address such as/);
    }
    const good = await api.ok(facility.id, CREATE_ROOM, room("o'brien+rooms@rooms.example.com"));
    expect(good.createRoom.resourceMailbox).toBe("o'brien+rooms@rooms.example.com");
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM room`);
    expect(count).toBe(2);
  });

  it('takes dates only as ISO 8601 with an offset, real calendar dates, between 2000 and 2100', async () => {
    const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id startsAt } }`;
    const at = (startsAt: unknown) => ({ input: { sessionId: session.id, startsAt, roomId } });
    await expectBadInput(host.id, SCHEDULE, at('2031-02-30T10:00:00Z'), 'input.startsAt', /not a date in the calendar/);
    await expectBadInput(host.id, SCHEDULE, at('2031-03-02T10:00:00'), 'input.startsAt', /zone offset/);
    await expectBadInput(host.id, SCHEDULE, at('2031-03-02 10:00:00Z'), 'input.startsAt', /zone offset/);
    await expectBadInput(host.id, SCHEDULE, at('2031-03-02T24:00:00Z'), 'input.startsAt', /time of day/);
    await expectBadInput(host.id, SCHEDULE, at('2150-01-01T10:00:00Z'), 'input.startsAt', /2000 to 2099/);
    await expectBadInput(host.id, SCHEDULE, at(1_900_000_000_000), 'input.startsAt', /must be a string/);
    const literal = await api.graphql(host.id, `{ freeRooms(input: { startsAt: "2031-02-29T10:00:00+01:00", endsAt: "2031-03-01T11:00:00+01:00", seats: 2 }) { id } }`);
    expect(literal.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.startsAt' } })]);
    expect(literal.errors![0].message).toMatch(/not a date in the calendar/);
    const wrongType = await api.graphql(host.id, `{ upcomingSessions(first: "ten") { edges { cursor } } }`);
    expect(wrongType.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const free = await api.ok(host.id, `{ freeRooms(input: { startsAt: "2031-03-01T10:00:00+01:00", endsAt: "2031-03-01T11:00:00+01:00", seats: 2 }) { id } }`);
    expect(free.freeRooms.length).toBeGreaterThan(0);
    const [row] = await api.dataSource.query(`SELECT status, starts_at FROM session WHERE id = $1`, [session.id]);
    expect(row).toEqual({ status: 'PROPOSED', starts_at: null });
  });

  it('checks page sizes and date ranges in the argument classes: BAD_USER_INPUT naming the field', async () => {
    const admin = await createPerson(api.dataSource, { name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    for (const first of [0, 101, -5]) {
      await expectBadInput(employee.id, 'query($first: Int!) { upcomingSessions(first: $first) { edges { cursor } } }', { first }, 'first', /first must be from 1 to 100/);
      await expectBadInput(employee.id, 'query($first: Int!) { proposals(first: $first) { id } }', { first }, 'first', /from 1 to 100/);
    }
    await expectBadInput(admin.id, '{ failedMessages(first: 1000) { id } }', {}, 'first', /from 1 to 100/);
    await expectBadInput(employee.id, '{ people(search: "ada", limit: 0) { id } }', {}, 'limit', /limit must be from 1 to 100/);
    await expectBadInput(employee.id, '{ skills(search: "ada", limit: 500) { id } }', {}, 'limit', /from 1 to 100/);
    await expectBadInput(admin.id, '{ auditLog(first: 201) { id } }', {}, 'first', /from 1 to 200/);
    await expectBadInput(admin.id, '{ auditLog(before: "12; DROP TABLE person") { id } }', {}, 'before', /id of an audit entry/);
    // Cross-field: a range that ends before it starts.
    const backwards = { filter: { from: '2031-03-02T00:00:00Z', to: '2031-03-01T00:00:00Z' } };
    await expectBadInput(
      employee.id,
      'query($filter: UpcomingSessionsFilter) { upcomingSessions(filter: $filter) { edges { cursor } } }',
      backwards,
      'filter.to',
      /to must be after from/,
    );
    await expectBadInput(admin.id, 'query($filter: AuditLogFilter) { auditLog(filter: $filter) { id } }', backwards, 'filter.to', /to must be after from/);
    // In range and in order, they answer.
    expect((await api.ok(employee.id, '{ upcomingSessions(first: 100, filter: { from: "2031-03-01T00:00:00Z", to: "2031-03-02T00:00:00Z" }) { edges { cursor } } }')).upcomingSessions.edges).toEqual([]);
    expect((await api.ok(admin.id, '{ auditLog(first: 200) { id } }')).auditLog).toEqual(expect.any(Array));
  });

  it('checks the mentoring and inbound arguments in their classes, with the same codes and texts, and changes nothing', async () => {
    const admin = await createPerson(api.dataSource, { name: 'Ida Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    const OPEN = `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id } }`;
    const round = (gap: { seniorityGapMin: number; seniorityGapMax: number }) => ({
      input: { name: 'Gap round', deadline: '2031-06-01T17:00:00Z', departments: [], sites: [], autoPublish: false, responseDays: 7, ...gap },
    });
    const reversed = await expectBadInput(admin.id, OPEN, round({ seniorityGapMin: 10, seniorityGapMax: 5 }), 'seniorityGapMax');
    expect(reversed.message).toBe('seniorityGapMax must be at least seniorityGapMin.');
    await expectBadInput(admin.id, OPEN, round({ seniorityGapMin: 10, seniorityGapMax: 61 }), 'seniorityGapMax', /^seniorityGapMax must be from 0 to 60$/);
    const [{ rounds }] = await api.dataSource.query(`SELECT count(*)::int AS rounds FROM mentoring_round`);
    expect(rounds).toBe(0);
    expect((await api.ok(admin.id, OPEN, round({ seniorityGapMin: 5, seniorityGapMax: 5 }))).openMentoringRound.id).toEqual(expect.any(String));

    const DECLINE = `mutation($id: ID!, $reason: String) { declineMentorMatch(matchId: $id, reason: $reason) { id } }`;
    const long = await expectBadInput(employee.id, DECLINE, { id: '3f2b8c1e-6d1a-4f5e-9b7a-2c4d6e8f0a1b', reason: 'x'.repeat(501) }, 'reason');
    expect(long.message).toBe('reason must be at most 500 characters.');
    const id = await expectBadInput(employee.id, DECLINE, { id: 'match-1', reason: null }, 'matchId');
    expect(id.message).toBe('matchId must be an id such as 3f2b8c1e-6d1a-4f5e-9b7a-2c4d6e8f0a1b.');
    // A valid id of no match passes the arguments and is the service's NOT_FOUND.
    const missing = await api.graphql(employee.id, DECLINE, { id: '3f2b8c1e-6d1a-4f5e-9b7a-2c4d6e8f0a1b', reason: 'x'.repeat(500) });
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');

    const CLEAR = `mutation($attribute: String!) { clearMyDiversityAttribute(attribute: $attribute) { attribute } }`;
    const attribute = await expectBadInput(employee.id, CLEAR, { attribute: 'g'.repeat(41) }, 'attribute');
    expect(attribute.message).toBe('attribute must be gender, age_band or background.');
    await expectBadInput(employee.id, CLEAR, { attribute: 'shoe_size' }, 'attribute', /attribute must be one of gender, age_band, background/);

    for (const first of [0, 501]) {
      const page = await expectBadInput(admin.id, 'query($first: Int!) { inboundMessages(first: $first) { id } }', { first }, 'first');
      expect(page.message).toBe('first must be from 1 to 500.');
    }
    expect((await api.ok(admin.id, '{ inboundMessages(first: 500, status: FAILED) { id } }')).inboundMessages).toEqual([]);
  });

  it('decides authorization before it reports bad input', async () => {
    const forbidden = await api.graphql(employee.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: '', name: '\u0000', capacity: -1, resourceMailbox: 'not-an-address' },
    });
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    const roles = await api.graphql(employee.id, `mutation($input: SetRolesInput!) { setPersonRoles(input: $input) { id } }`, {
      input: { personId: 'not-a-uuid', roles: ['ADMIN'] },
    });
    expect(roles.errors![0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(null, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: '', name: '\u0000', capacity: -1 },
    });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers an anonymous caller UNAUTHENTICATED before any validation error, so the schema tells them nothing', async () => {
    const operations = [
      '{ session(id: 123) { id } }',
      'mutation { createRoom(input: { site: 1, name: true, capacity: "many" }) { id } }',
      'mutation { scheduleSession(input: { sessionId: "x", startsAt: 5 }) { noSuchField } }',
      '{ noSuchQuery }',
      'query($id: ID!) { session(id: $id) { id } }',
    ];
    for (const query of operations) {
      const anonymousAnswer = await api.graphql(null, query, { id: 42 });
      expect({ query, errors: anonymousAnswer.errors }).toEqual({ query, errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
      expect(JSON.stringify(anonymousAnswer)).not.toMatch(/Expected|type|Cannot query|Int|String/);
    }
    // Signed in, the same literal is bad input that says what to type.
    const signedIn = await api.graphql(employee.id, '{ session(id: 123) { id } }');
    expect(signedIn.errors![0].extensions.code).not.toBe('UNAUTHENTICATED');
    // A garbled token or session is no way around it.
    expect((await api.graphql('not.a.token', '{ session(id: 123) { id } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    // The schema itself stays readable for tools in development (introspection only).
    const introspection = await api.graphql(null, '{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('says which skill is not on the profile when one is removed that is not there, and keeps the profile', async () => {
    const SKILLS = `{ me { skills { skill { name } kind level } } }`;
    await api.graphql(employee.id, `mutation { setMySkill(input: { skillName: "TypeScript", kind: HAS, level: 3 }) { level } }`);
    const before = await api.graphql(employee.id, SKILLS);
    for (const [skillName, kind] of [['Cobol', 'HAS'], ['TypeScript', 'WANTS']]) {
      const response = await api.graphql(employee.id, `mutation($name: String!, $kind: SkillKind!) { removeMySkill(input: { skillName: $name, kind: $kind }) { level } }`, { name: skillName, kind });
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'skillName' });
      expect(response.errors![0].message).toBe(`"${skillName}" is not on your profile as ${kind}, so there is nothing to remove (me { skills } lists yours).`);
    }
    expect(await api.graphql(employee.id, SKILLS)).toEqual(before);
  });
});
