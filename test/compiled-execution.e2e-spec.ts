import { randomUUID } from 'node:crypto';
import { createPerson, createProposedSession, createRoom, type PersonFixture } from '@kennis/testing';
import { ApiHarness, type GraphqlResponse } from './support/api-harness';

/**
 * The API runs an operation on graphql-js the first time and as graphql-jit compiled code from the
 * second (apps/api/src/graphql/jit-execution.ts). A client must not be able to tell: every answer,
 * data and errors with their codes, messages, paths and locations, is the same on every run.
 */
describe('operations answered the same when compiled', () => {
  const api = new ApiHarness();
  let host: PersonFixture;
  let employee: PersonFixture;
  let scheduledId: string;
  let proposedId: string;

  beforeAll(async () => {
    await api.start();
    host = await createPerson(api.dataSource, { name: 'Hanna Host', roles: ['EMPLOYEE', 'ADMIN'] });
    employee = await createPerson(api.dataSource, { name: 'Eli' });
    const room = await createRoom(api.dataSource, { capacity: 30 });
    proposedId = (await createProposedSession(api.dataSource, host.id, { title: 'Still a proposal' })).id;
    scheduledId = (await createProposedSession(api.dataSource, host.id, { title: 'Postgres locks', capacity: 1 })).id;
    await api.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: scheduledId, roomId: room.id, startsAt: new Date(Date.now() + 72 * 3_600_000).toISOString() },
    });
  });

  afterAll(() => api.stop());

  /** The correlation id of an unexpected error is new on every request; everything else must repeat. */
  function comparable(response: GraphqlResponse): unknown {
    return JSON.parse(JSON.stringify(response).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => (id === scheduledId || id === proposedId ? id : '<uuid>')));
  }

  const PAGE = `query($first: Int!) { upcomingSessions(first: $first) { edges { node { id title startsAt seatsLeft hosts { name } room { name site capacity } } } pageInfo { hasNextPage } } }`;
  const SESSION = `query($id: ID!) { session(id: $id) { id title status hosts { name } } }`;
  const JOIN = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status waitlistPosition } session { seatsLeft } } }`;

  const cases: [string, () => string, string, () => Record<string, unknown>][] = [
    ['the session page', () => employee.id, PAGE, () => ({ first: 50 })],
    ['a page size out of range (BAD_USER_INPUT on first)', () => employee.id, PAGE, () => ({ first: 0 })],
    ['a variable of the wrong type', () => employee.id, PAGE, () => ({ first: 'fifty' })],
    ['a session by id', () => employee.id, SESSION, () => ({ id: scheduledId })],
    ['an id that is no UUID', () => employee.id, SESSION, () => ({ id: 'nope' })],
    ['an unknown session (NOT_FOUND)', () => employee.id, SESSION, () => ({ id: randomUUID() })],
    ['joining a proposal (a state error)', () => employee.id, JOIN, () => ({ id: proposedId })],
  ];

  it.each(cases)('%s', async (_, who, query, variables) => {
    const answers = [];
    for (let run = 0; run < 3; run += 1) answers.push(comparable(await api.graphql(who(), query, variables())));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('a join, compiled by now (the case above ran it): a seat, the same refusal for a second join each time, then a waitlist place', async () => {
    const first = await api.graphql(employee.id, JOIN, { id: scheduledId });
    expect(first.data?.joinSession.registration).toEqual({ status: 'SEATED', waitlistPosition: null });
    const again = [await api.graphql(employee.id, JOIN, { id: scheduledId }), await api.graphql(employee.id, JOIN, { id: scheduledId })];
    expect(again[0].errors?.[0].extensions.code).toBeDefined();
    expect(again[0].errors?.[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(comparable(again[1])).toEqual(comparable(again[0]));
    const someoneElse = await createPerson(api.dataSource, { name: 'Wai' });
    const waiting = await api.graphql(someoneElse.id, JOIN, { id: scheduledId });
    expect(waiting.data?.joinSession).toEqual({ registration: { status: 'WAITLISTED', waitlistPosition: 1 }, session: { seatsLeft: 0 } });
  });

  it('a document whose operation cannot be picked: OPERATION_RESOLUTION_FAILURE saying what to send, every time', async () => {
    const TWO = `query Page { upcomingSessions(first: 5) { edges { node { id } } } } query One { session(id: "${scheduledId}") { id } }`;
    const post = async (operationName?: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokenFor(employee.id)}` },
        body: JSON.stringify({ query: TWO, operationName }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse };
    };
    for (let run = 0; run < 3; run += 1) {
      expect(await post()).toEqual({ status: 400, body: { errors: [{ message: 'Must provide operation name if query contains multiple operations.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] } });
      expect((await post('Other')).body.errors).toEqual([{ message: 'Unknown operation named "Other".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
    }
    expect((await post('One')).body).toEqual({ data: { session: { id: scheduledId } } });
  });
});
