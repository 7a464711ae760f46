import { buildPerson, createPeople, createPerson, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;
const JOINERS = 300;
const SEATS = 20;
const LEAVERS = 10;

const JOIN = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { id status waitlistPosition } } }`;
const LEAVE = `mutation($id: ID!) { leaveSession(sessionId: $id) { seatsLeft } }`;

type Joined = { joinSession: { registration: { id: string; status: string; waitlistPosition: number | null } } };

/**
 * The join storm over real HTTP, from this process, against the built API with the worker running and
 * mailing meanwhile: session_join and session_leave hold the session's lock only inside PostgreSQL, and
 * the seats, the FIFO waitlist and every mail still come out exact.
 */
describe('300 people joining one session at once, over HTTP', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;
  let people: PersonFixture[];

  beforeAll(async () => {
    await platform.start();
    host = await createPerson(platform.dataSource, { name: 'Storm host', roles: ['EMPLOYEE', 'ADMIN'] });
    people = await createPeople(platform.dataSource, Array.from({ length: JOINERS }, () => buildPerson()));
  });

  afterAll(() => platform.stop());

  it('gives 20 seats and waitlist places 1..280 in arrival order, and 10 leaves seat the first 10 waiting', async () => {
    const { proposeSession } = await platform.ok(host.id, `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`, {
      input: { title: 'Join storm', format: 'TALK', language: 'en', capacity: SEATS, durationMinutes: 60, onlineUrl: 'https://meet.example.test/storm' },
    });
    const sessionId: string = proposeSession.id;
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, roomId: null, startsAt: new Date(Date.now() + 72 * HOUR).toISOString() },
    });
    const tokens = people.map((person) => platform.tokenFor(person.id));

    const responses = await Promise.all(tokens.map((token) => platform.graphql<Joined>(token, JOIN, { id: sessionId })));

    expect(responses.filter((response) => response.errors)).toEqual([]);
    const registrations = responses.map((response) => response.data!.joinSession.registration);
    expect(registrations.filter((registration) => registration.status === 'SEATED')).toHaveLength(SEATS);
    const arrivals: { id: string; arrival: string; status: string }[] = await platform.dataSource.query(
      `SELECT id, arrival, status FROM registration WHERE session_id = $1 ORDER BY arrival`,
      [sessionId],
    );
    // Seats go to the first 20 to arrive; each waitlisted joiner was told its rank by arrival.
    expect(arrivals.slice(0, SEATS).every((row) => row.status === 'SEATED')).toBe(true);
    const toldPlace = new Map(registrations.map((registration) => [registration.id, registration.waitlistPosition]));
    expect(arrivals.slice(SEATS).map((row) => toldPlace.get(row.id))).toEqual(Array.from({ length: JOINERS - SEATS }, (_, index) => index + 1));
    const [counted] = await platform.dataSource.query(`SELECT seats_taken FROM session WHERE id = $1`, [sessionId]);
    expect(counted.seats_taken).toBe(SEATS);

    // The joins' mails out first: a leaver's invite still queued when they leave is stale and rightly
    // skipped (so is a waitlist note to someone seated meanwhile), which would make the count below a race.
    await platform.waitForOutboxDrained(120_000);
    const seatedPeople = people.filter((_, index) => registrations[index].status === 'SEATED').slice(0, LEAVERS);
    const left = await Promise.all(seatedPeople.map((person) => platform.graphql(person.id, LEAVE, { id: sessionId })));
    expect(left.filter((response) => response.errors)).toEqual([]);
    const firstWaiting = arrivals.slice(SEATS, SEATS + LEAVERS).map((row) => row.id);
    const seatedNow: { id: string }[] = await platform.dataSource.query(
      `SELECT id FROM registration WHERE session_id = $1 AND status = 'SEATED'`,
      [sessionId],
    );
    expect(seatedNow).toHaveLength(SEATS);
    expect(seatedNow.map((row) => row.id)).toEqual(expect.arrayContaining(firstWaiting));
    const [after] = await platform.dataSource.query(
      `SELECT seats_taken, (SELECT count(*)::int FROM registration WHERE session_id = $1 AND status = 'WAITLISTED') AS waiting
       FROM session WHERE id = $1`,
      [sessionId],
    );
    expect(after).toEqual({ seats_taken: SEATS, waiting: JOINERS - SEATS - LEAVERS });

    // Every mail went out once: the host's invite, an invite or waitlist note per joiner, a cancellation
    // per leaver and a seat for each of the first ten waiting.
    await platform.waitForOutboxDrained(120_000);
    expect(await platform.outboxStates(sessionId)).toEqual({ DONE: 1 + JOINERS + 2 * LEAVERS });
    await platform.sink.waitFor('every mail of the storm', (mails) => mails.length >= 1 + JOINERS + 2 * LEAVERS, 60_000);
    expect(platform.sink.mails).toHaveLength(1 + JOINERS + 2 * LEAVERS);
    // The joins' mails met in the API's hand-overs and went to the worker as shared batch jobs.
    const [batching] = await platform.dataSource.query(
      `SELECT count(*) FILTER (WHERE batch_id IS NOT NULL)::int AS batched, count(DISTINCT batch_id)::int AS batches
       FROM outbox_message WHERE session_id = $1 AND payload->>'kind' IN ('INVITE', 'WAITLISTED') AND payload->>'personId' <> $2`,
      [sessionId, host.id],
    );
    expect(batching.batched).toBeGreaterThan(batching.batches);
  });
});
