import { randomUUID } from 'node:crypto';
import { buildPerson, createPeople, createPerson, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

const SESSION_FIELDS = `id title status capacity seatsTaken seatsLeft waitlistLength interestCount startsAt endsAt
  hosts { id name } room { id name site } skills { name } myRegistration { status waitlistPosition }`;

describe('a session from proposal to completion, over GraphQL', () => {
  const api = new ApiHarness();
  let admin: PersonFixture;
  let facility: PersonFixture;
  let host: PersonFixture;
  let ada: PersonFixture;
  let bo: PersonFixture;
  let cy: PersonFixture;

  beforeAll(async () => {
    await api.start({ DATABASE_LOG_QUERIES: 'true' });
    admin = await createPerson(api.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    facility = await createPerson(api.dataSource, { name: 'Facility', roles: ['EMPLOYEE', 'FACILITY_MANAGER'] });
    [host, ada, bo, cy] = await createPeople(api.dataSource, [
      buildPerson({ name: 'Hanna Host' }),
      buildPerson({ name: 'Ada' }),
      buildPerson({ name: 'Bo' }),
      buildPerson({ name: 'Cy' }),
    ]);
  });

  afterAll(() => api.stop());

  it('walks proposal, interest, scheduling, joining, the waitlist, leaving and completion', async () => {
    const { createRoom: room } = await api.ok(
      facility.id,
      `mutation { createRoom(input: { site: "Utrecht", name: "Turing", capacity: 12, equipment: [PROJECTOR, WHITEBOARD],
         resourceMailbox: "turing@rooms.example.test" }) { id name capacity equipment } }`,
    );
    expect(room).toMatchObject({ name: 'Turing', capacity: 12, equipment: ['PROJECTOR', 'WHITEBOARD'] });

    const { proposeSession: proposed } = await api.ok(
      host.id,
      `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { ${SESSION_FIELDS} } }`,
      {
        input: {
          title: 'Rust for TypeScript people',
          description: 'Ownership, borrowing and the compiler as a colleague.',
          format: 'WORKSHOP',
          language: 'en',
          capacity: 2,
          durationMinutes: 60,
          skills: ['Rust', 'Type Script'],
        },
      },
    );
    expect(proposed).toMatchObject({ status: 'PROPOSED', hosts: [{ id: host.id }], startsAt: null });
    expect(proposed.skills.map((skill: { name: string }) => skill.name).sort()).toEqual(['Rust', 'Type Script']);

    const { showInterest } = await api.ok(ada.id, `mutation($id: ID!) { showInterest(sessionId: $id) { interestCount } }`, {
      id: proposed.id,
    });
    expect(showInterest.interestCount).toBe(1);
    // A host's own interest would count a colleague who is not there.
    const hostInterest = await api.graphql(host.id, `mutation($id: ID!) { showInterest(sessionId: $id) { interestCount } }`, { id: proposed.id });
    expect(hostInterest.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('You host this session') });
    const { proposals } = await api.ok(bo.id, `{ proposals { id interestCount } }`);
    expect(proposals).toContainEqual({ id: proposed.id, interestCount: 1 });

    const startsAt = new Date(api.clock.now().getTime() + 3_600_000);
    const { scheduleSession: scheduled } = await api.ok(
      host.id,
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { ${SESSION_FIELDS} } }`,
      { input: { sessionId: proposed.id, startsAt: startsAt.toISOString(), roomId: room.id } },
    );
    expect(scheduled).toMatchObject({
      status: 'SCHEDULED',
      room: { id: room.id, name: 'Turing', site: 'Utrecht' },
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    });

    const join = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status waitlistPosition } session { seatsLeft } } }`;
    const hostJoin = await api.graphql(host.id, join, { id: proposed.id });
    expect(hostJoin.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('cannot join it') });
    expect((await api.ok(ada.id, join, { id: proposed.id })).joinSession.registration).toEqual({ status: 'SEATED', waitlistPosition: null });
    expect((await api.ok(bo.id, join, { id: proposed.id })).joinSession).toEqual({
      registration: { status: 'SEATED', waitlistPosition: null },
      session: { seatsLeft: 0 },
    });
    expect((await api.ok(cy.id, join, { id: proposed.id })).joinSession.registration).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });

    const { session: seenByCy } = await api.ok(cy.id, `query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: proposed.id });
    expect(seenByCy).toMatchObject({ seatsLeft: 0, waitlistLength: 1, myRegistration: { status: 'WAITLISTED', waitlistPosition: 1 } });

    await api.ok(ada.id, `mutation($id: ID!) { leaveSession(sessionId: $id) { id } }`, { id: proposed.id });
    const { session: afterLeave } = await api.ok(cy.id, `query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`, { id: proposed.id });
    expect(afterLeave).toMatchObject({ seatsLeft: 0, waitlistLength: 0, myRegistration: { status: 'SEATED', waitlistPosition: null } });

    const { sessionAttendees } = await api.ok(
      host.id,
      `query($id: ID!) { sessionAttendees(sessionId: $id) { person { name } registration { status } } }`,
      { id: proposed.id },
    );
    expect(sessionAttendees).toEqual([
      { person: { name: 'Bo' }, registration: { status: 'SEATED' } },
      { person: { name: 'Cy' }, registration: { status: 'SEATED' } },
    ]);
    const { mySessions } = await api.ok(cy.id, `{ mySessions { id } }`);
    expect(mySessions).toEqual([{ id: proposed.id }]);

    const tooEarly = await api.graphql(host.id, `mutation($id: ID!) { completeSession(sessionId: $id) { status } }`, { id: proposed.id });
    expect(tooEarly.errors?.[0].extensions.code).toBe('CONFLICT');
    // The API's clock moves past the start (and the end): no waiting for the session to begin.
    api.clock.advance(2 * 3_600_000);
    const { completeSession } = await api.ok(host.id, `mutation($id: ID!) { completeSession(sessionId: $id) { status } }`, {
      id: proposed.id,
    });
    expect(completeSession.status).toBe('COMPLETED');
  });

  it('finds upcoming sessions by skill variant, text, site, format and language, page by page', async () => {
    const { createRoom: room } = await api.ok(
      admin.id,
      `mutation { createRoom(input: { site: "Eindhoven", name: "Lovelace", capacity: 40 }) { id } }`,
    );
    const titles = ['Kotlin coroutines', 'Kotlin multiplatform', 'Cooking with Kotlin'];
    for (const [index, title] of titles.entries()) {
      const { proposeSession } = await api.ok(
        host.id,
        `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`,
        { input: { title, format: 'TALK', language: 'nl', capacity: 10, durationMinutes: 30, skills: ['Kotlin'] } },
      );
      await api.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: { sessionId: proposeSession.id, startsAt: new Date(Date.now() + (index + 1) * 86_400_000).toISOString(), roomId: room.id },
      });
    }
    const query = `query($filter: UpcomingSessionsFilter, $after: String) {
      upcomingSessions(filter: $filter, first: 2, after: $after) { edges { cursor node { title } } pageInfo { endCursor hasNextPage } } }`;
    const filter = { skill: 'KOTLIN', site: 'Eindhoven', formats: ['TALK'], languages: ['nl'] };
    const first = (await api.ok(ada.id, query, { filter })).upcomingSessions;
    expect(first.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(titles.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.ok(ada.id, query, { filter, after: first.pageInfo.endCursor })).upcomingSessions;
    expect(second.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual([titles[2]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const byText = (await api.ok(ada.id, query, { filter: { text: 'multiplatform' } })).upcomingSessions;
    expect(byText.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Kotlin multiplatform']);
    const { freeRooms } = await api.ok(
      ada.id,
      `query($input: FreeRoomsInput!) { freeRooms(input: $input) { name } }`,
      { input: { startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000 + 600_000).toISOString(), seats: 30, site: 'Eindhoven' } },
    );
    expect(freeRooms).toEqual([]);
  });

  it('answers a list of 50 sessions with hosts and rooms in a fixed number of SQL queries', async () => {
    const rooms = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        api.ok(admin.id, `mutation { createRoom(input: { site: "Delft", name: "Room ${index}", capacity: 20 }) { id } }`),
      ),
    );
    const hosts = await createPeople(api.dataSource, Array.from({ length: 10 }, () => buildPerson()));
    const base = Date.now() + 30 * 86_400_000;
    for (let index = 0; index < 50; index += 1) {
      const { proposeSession } = await api.ok(
        hosts[index % 10].id,
        `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`,
        { input: { title: `Counted ${index}`, format: 'DEMO', language: 'en', capacity: 10, durationMinutes: 30, coHostIds: [hosts[(index + 1) % 10].id] } },
      );
      await api.ok(hosts[index % 10].id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: { sessionId: proposeSession.id, startsAt: new Date(base + index * 3_600_000).toISOString(), roomId: rooms[index % 5].createRoom.id },
      });
    }
    const list = `query($first: Int!) { upcomingSessions(filter: { site: "Delft" }, first: $first) { edges { node {
      title seatsLeft waitlistLength interestCount hosts { name } room { name } skills { name } myRegistration { status } } } } }`;

    const { data: small, statements: queriesForFive } = await api.okCountingStatements(ada.id, list, { first: 5 });
    const { data: large, statements: queriesForFifty } = await api.okCountingStatements(ada.id, list, { first: 50 });

    expect(small.upcomingSessions.edges).toHaveLength(5);
    expect(large.upcomingSessions.edges).toHaveLength(50);
    expect(large.upcomingSessions.edges[0].node.hosts).toHaveLength(2);
    expect(queriesForFifty).toBe(queriesForFive);
    expect(queriesForFifty).toBeLessThanOrEqual(9);
  });
});

describe('errors over GraphQL', () => {
  const api = new ApiHarness();
  let employee: PersonFixture;
  let host: PersonFixture;
  let sessionId: string;
  let roomId: string;

  beforeAll(async () => {
    await api.start();
    [employee, host] = await createPeople(api.dataSource, [buildPerson(), buildPerson()]);
    const admin = await createPerson(api.dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    roomId = (await api.ok(admin.id, `mutation { createRoom(input: { site: "Utrecht", name: "Hopper", capacity: 8 }) { id } }`)).createRoom.id;
    sessionId = (
      await api.ok(host.id, `mutation { proposeSession(input: { title: "Error handling", format: TALK, language: "en", capacity: 5, durationMinutes: 45 }) { id } }`)
    ).proposeSession.id;
  });

  afterAll(() => api.stop());

  it('UNAUTHENTICATED without a token, with a forged one, or for a person who is gone', async () => {
    expect((await api.graphql(null, `{ me { id } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = `${api.tokenFor(employee.id).slice(0, -3)}abc`;
    expect((await api.graphql(forged, `{ me { id } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(randomUUID(), `{ me { id } }`)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('FORBIDDEN for an employee who changes a room or someone else\'s session, saying who may', async () => {
    const room = await api.graphql(employee.id, `mutation { createRoom(input: { site: "X", name: "Y", capacity: 3 }) { id } }`);
    expect(room.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/facility managers and admins/) });
    const schedule = await api.graphql(employee.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 86_400_000).toISOString(), roomId },
    });
    expect(schedule.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/hosts or an admin/) });
    const attendees = await api.graphql(employee.id, `query($id: ID!) { sessionAttendees(sessionId: $id) { registration { id } } }`, { id: sessionId });
    expect(attendees.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('NOT_FOUND for a session that does not exist', async () => {
    const response = await api.graphql(employee.id, `query($id: ID!) { session(id: $id) { id } }`, { id: randomUUID() });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/^Session .* does not exist/) });
  });

  it('BAD_USER_INPUT naming the field, and nothing changes', async () => {
    const before = await api.dataSource.query(`SELECT count(*)::int AS count FROM session`);
    const capacity = await api.graphql(host.id, `mutation { proposeSession(input: { title: "Too small", format: TALK, language: "en", capacity: 0, durationMinutes: 45 }) { id } }`);
    expect(capacity.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'capacity' }, message: 'capacity must be from 1 to 10000' });
    const language = await api.graphql(host.id, `mutation { proposeSession(input: { title: "Wrong language", format: TALK, language: "de", capacity: 3, durationMinutes: 45 }) { id } }`);
    expect(language.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const zone = await api.graphql(employee.id, `mutation { updateMyProfile(input: { timeZone: "Mars/Olympus" }) { id } }`);
    expect(zone.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' }, message: expect.stringMatching(/IANA time zone/) });
    const past = await api.graphql(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() - 60_000).toISOString(), roomId },
    });
    expect(past.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startsAt' } });
    const tooSmall = await api.graphql(host.id, `mutation { proposeSession(input: { title: "Crowd", format: TALK, language: "en", capacity: 50, durationMinutes: 45 }) { id } }`);
    const crowdId = tooSmall.data!.proposeSession.id;
    const roomTooSmall = await api.graphql(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: crowdId, startsAt: new Date(Date.now() + 86_400_000).toISOString(), roomId },
    });
    expect(roomTooSmall.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'roomId' }, message: expect.stringMatching(/seats 8, but 50 seats are asked for/) });
    const badId = await api.graphql(employee.id, `query { session(id: "not-a-uuid") { id } }`);
    expect(badId.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await api.graphql(host.id, `mutation { proposeSession(input: { title: "X", colour: "red" }) { id } }`);
    expect(unknownField.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await api.dataSource.query(`SELECT count(*)::int AS count FROM session`);
    expect(after[0].count).toBe(before[0].count + 1);
    const [crowd] = await api.dataSource.query(`SELECT status FROM session WHERE id = $1`, [crowdId]);
    expect(crowd.status).toBe('PROPOSED');
  });

  it('CONFLICT naming the clashing session and its time when a room is taken', async () => {
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    startsAt.setUTCMinutes(0, 0, 0);
    await api.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: startsAt.toISOString(), roomId },
    });
    const other = (
      await api.ok(employee.id, `mutation { proposeSession(input: { title: "Clash", format: DEMO, language: "en", capacity: 5, durationMinutes: 30 }) { id } }`)
    ).proposeSession.id;
    const clash = await api.graphql(employee.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: other, startsAt: new Date(startsAt.getTime() + 15 * 60_000).toISOString(), roomId },
    });
    expect(clash.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', clashingLabel: 'Error handling', clashingStartsAt: startsAt.toISOString() },
      message: expect.stringContaining(`already booked for "Error handling" from ${startsAt.toISOString()}`),
    });
    const join = await api.graphql(employee.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { id } } }`, { id: other });
    expect(join.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/not scheduled yet/) });
  });

  it('never shows a stack trace', async () => {
    // Operations that fail in the resolver, in validation and in the schema: each has errors, none a trace.
    const failing = [
      await api.graphql(employee.id, `{ session(id: "00000000-0000-4000-8000-000000000000") { id } }`),
      await api.graphql(employee.id, `mutation { proposeSession(input: { title: "", format: TALK, language: "en", capacity: 0, durationMinutes: 1 }) { id } }`),
      await api.graphql(employee.id, `{ noSuchField }`),
    ];
    for (const response of failing) {
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
    }
  });
});
