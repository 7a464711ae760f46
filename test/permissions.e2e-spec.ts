import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPerson, createProposedSession, createRoom, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

/**
 * Walks the permission table of the README for every role: each allowed call works, each other one is
 * FORBIDDEN or UNAUTHENTICATED (NOT_FOUND where the table says the thing is hidden) and changes nothing.
 */
const ROLES = ['anonymous', 'employee', 'host', 'mentor', 'mentee', 'facility manager', 'admin'] as const;
type RoleName = (typeof ROLES)[number];

interface TableRow {
  operation: string;
  kind: 'query' | 'mutation' | 'field';
  allowed: Set<RoleName>;
  /** "hidden": callers without the right get NOT_FOUND, so they cannot even learn that it exists. */
  hidden: boolean;
}

function readPermissionTable(): TableRow[] {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('<!-- permission-table -->'), readme.indexOf('<!-- /permission-table -->'));
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows.map((line) => {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [operation, kind, ...marks] = cells;
    return {
      operation: operation.replaceAll('`', ''),
      kind: kind as TableRow['kind'],
      allowed: new Set(ROLES.filter((_, index) => marks[index].startsWith('✓'))),
      hidden: marks.some((mark) => mark === 'hidden'),
    };
  });
}

interface World {
  people: Record<Exclude<RoleName, 'anonymous'>, PersonFixture>;
  /** Hosts the sessions that every role joins or shows interest in: a host cannot do either in their own. */
  colleague: PersonFixture;
  roomId: string;
  teamId: string;
  proposedId: string;
  scheduledId: string;
  roundId: string;
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** The call is allowed, but its answer may be a domain refusal (CONFLICT, NOT_FOUND) rather than data. */
  authorisedOnly?: boolean;
}

let counter = 0;
const nextDay = () => `2031-0${1 + (counter % 9)}-${String(1 + ((counter += 1) % 27)).padStart(2, '0')}T10:00:00Z`;

describe('the permission table, walked for every role', () => {
  const api = new ApiHarness();
  let world: World;

  const adminOk = (query: string, variables: Record<string, unknown> = {}) => api.ok(world.people.admin.id, query, variables);

  async function scheduledSession(hostId = world.people.host.id): Promise<string> {
    const session = await createProposedSession(api.dataSource, hostId);
    const room = await createRoom(api.dataSource, {});
    await adminOk(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: session.id, startsAt: nextDay(), roomId: room.id },
    });
    return session.id;
  }

  async function openRound(): Promise<string> {
    const { openMentoringRound } = await adminOk(
      `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id } }`,
      { input: { name: `Round ${randomUUID().slice(0, 6)}`, deadline: '2031-06-01T17:00:00Z', seniorityGapMin: 0, seniorityGapMax: 40, departments: [], sites: [], autoPublish: false, responseDays: 7 } },
    );
    return openMentoringRound.id;
  }

  /**
   * A Monday or Tuesday at `hourUtc`:00 UTC, a few days from now: past the notice, and inside the default
   * working hours in Amsterdam as well as the ones setMyWorkingHours gives its callers (Monday, Tuesday).
   */
  function nextWeekdayAt(hourUtc: number): Date {
    const at = new Date(Date.now() + 3 * 86_400_000);
    at.setUTCHours(hourUtc, 0, 0, 0);
    while (at.getUTCDay() !== 1 && at.getUTCDay() !== 2) at.setUTCDate(at.getUTCDate() + 1);
    return at;
  }

  async function match(status: 'PROPOSED' | 'ACCEPTED' | 'COMPLETED'): Promise<string> {
    const roundId = await openRound();
    await api.dataSource.query(`UPDATE mentoring_round SET status = 'PUBLISHED' WHERE id = $1`, [roundId]);
    // A pair is matched once ever (mentor_match_pair_once): each call gets the pair afresh.
    await api.dataSource.query(`DELETE FROM mentor_match WHERE mentor_id = $1 AND mentee_id = $2`, [world.people.mentor.id, world.people.mentee.id]);
    const [row] = await api.dataSource.query(
      `INSERT INTO mentor_match (round_id, mentor_id, mentee_id, score, breakdown, status, published_at, respond_by, decided_at, runs_until, completed_at)
       VALUES ($1, $2, $3, 10, '[]', $4::varchar, now(), now() + interval '7 days', CASE WHEN $4::varchar <> 'PROPOSED' THEN now() - interval '1 hour' END,
         CASE WHEN $4::varchar <> 'PROPOSED' THEN now() + interval '90 days' END, CASE WHEN $4::varchar = 'COMPLETED' THEN now() END) RETURNING id`,
      [roundId, world.people.mentor.id, world.people.mentee.id, status],
    );
    return row.id;
  }

  /** A mentee request of the caller in a fresh open round, so that changing or withdrawing it can work. */
  async function roundWithRequestOf(personId: string | null): Promise<string> {
    const roundId = await openRound();
    if (personId) {
      await api.ok(personId, 'mutation($id: ID!) { createMyMenteeRequest(roundId: $id, input: { languages: ["en"], seniorityYears: 2, skillsWanted: [{ name: "TypeScript", level: 2 }] }) { id } }', { id: roundId });
    }
    return roundId;
  }

  const PAIR = 'roundId: $id, mentorId: $mentor, menteeId: $mentee';
  const pairOf = async () => ({ id: await openRound(), mentor: world.people.mentor.id, mentee: world.people.mentee.id });

  /**
   * How to call each operation of the table, given the caller (null when anonymous); fresh things are made per
   * call so every allowed call can work.
   */
  const calls: Record<string, (personId: string | null) => Promise<Call>> = {
    me: async () => ({ query: '{ me { id } }' }),
    person: async () => ({ query: 'query($id: ID!) { person(id: $id) { id name } }', variables: { id: world.people.employee.id } }),
    people: async () => ({ query: '{ people(search: "a") { id } }' }),
    skills: async () => ({ query: '{ skills(search: "type") { id } }' }),
    rooms: async () => ({ query: '{ rooms { id } }' }),
    room: async () => ({ query: 'query($id: ID!) { room(id: $id) { id } }', variables: { id: world.roomId } }),
    freeRooms: async () => ({ query: '{ freeRooms(input: { startsAt: "2031-05-01T10:00:00Z", endsAt: "2031-05-01T11:00:00Z", seats: 1 }) { id } }' }),
    myRoomBookings: async () => ({ query: '{ myRoomBookings { id } }' }),
    bookRoom: async () => ({ query: 'mutation($id: ID!, $at: DateTime!, $end: DateTime!) { bookRoom(input: { roomId: $id, title: "Stand-up", startsAt: $at, endsAt: $end }) { id } }', variables: { id: (await createRoom(api.dataSource, {})).id, at: '2031-05-01T10:00:00Z', end: '2031-05-01T11:00:00Z' } }),
    // An unknown booking: any signed-in person gets NOT_FOUND (their own bookings only), anonymous UNAUTHENTICATED.
    cancelRoomBooking: async () => ({ query: 'mutation($id: ID!) { cancelRoomBooking(bookingId: $id) { id } }', variables: { id: randomUUID() }, authorisedOnly: true }),
    pendingRoomApprovals: async () => ({ query: '{ pendingRoomApprovals { id } }' }),
    siteRoomBookings: async () => ({ query: '{ siteRoomBookings(input: { site: "Amsterdam", from: "2031-05-01T00:00:00Z", to: "2031-05-02T00:00:00Z" }) { id } }' }),
    facilityTeamRequests: async () => ({ query: 'query($id: ID!) { facilityTeamRequests(facilityTeamId: $id) { id } }', variables: { id: world.teamId } }),
    roomRules: async () => ({ query: 'query($id: ID!) { roomRules(roomId: $id) { roomId } }', variables: { id: world.roomId } }),
    facilityTeams: async () => ({ query: '{ facilityTeams { id } }' }),
    session: async () => ({ query: 'query($id: ID!) { session(id: $id) { id } }', variables: { id: world.proposedId } }),
    upcomingSessions: async () => ({ query: '{ upcomingSessions(first: 5) { edges { node { id } } } }' }),
    proposals: async () => ({ query: '{ proposals { id } }' }),
    mySessions: async () => ({ query: '{ mySessions { id } }' }),
    sessionAttendees: async () => ({ query: 'query($id: ID!) { sessionAttendees(sessionId: $id) { person { id } } }', variables: { id: world.scheduledId } }),
    sessionMessages: async () => ({ query: 'query($id: ID!) { sessionMessages(sessionId: $id) { kind } }', variables: { id: world.scheduledId } }),
    failedMessages: async () => ({ query: '{ failedMessages { kind } }' }),
    auditLog: async () => ({ query: '{ auditLog(first: 5) { id action } }' }),
    myPersonalData: async () => ({ query: '{ myPersonalData }' }),
    erasePerson: async () => ({ query: 'mutation($id: ID!) { erasePerson(personId: $id) }', variables: { id: (await createPerson(api.dataSource, {})).id } }),
    openMentoringRounds: async () => ({ query: '{ openMentoringRounds { id } }' }),
    mentoringRound: async () => ({ query: 'query($id: ID!) { mentoringRound(id: $id) { id status } }', variables: { id: world.roundId } }),
    roundInsights: async () => ({ query: 'query($id: ID!) { roundInsights(roundId: $id) { matchedCount } }', variables: { id: world.roundId }, authorisedOnly: true }),
    myMentorProfile: async () => ({ query: '{ myMentorProfile { capacity } }' }),
    myMenteeRequest: async () => ({ query: 'query($id: ID!) { myMenteeRequest(roundId: $id) { id } }', variables: { id: world.roundId } }),
    myDiversityAttributes: async () => ({ query: '{ myDiversityAttributes { attribute } }' }),
    myProposedMatches: async () => ({ query: '{ myProposedMatches { id } }' }),
    myMentorMatch: async () => ({ query: '{ myMentorMatch { id } }' }),
    myMentoringHistory: async () => ({ query: '{ myMentoringHistory { id status } }' }),
    mentoringRounds: async () => ({ query: '{ mentoringRounds { id requests } }' }),
    mentoringRoundReview: async () => ({ query: 'query($id: ID!) { mentoringRoundReview(roundId: $id) { round { id } pairs { pinned match { id } } } }', variables: { id: world.roundId } }),
    inboundMessages: async () => ({ query: '{ inboundMessages(first: 5) { id channel } }' }),
    createPerson: async () => ({
      query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      variables: { input: { email: `p${randomUUID().slice(0, 8)}@example.com`, name: 'New', department: 'R&D', site: 'Utrecht', timeZone: 'Europe/Amsterdam', language: 'en', jobTitle: 'Dev' } },
    }),
    updateMyProfile: async () => ({ query: 'mutation { updateMyProfile(input: { jobTitle: "Engineer" }) { id } }' }),
    setPersonRoles: async () => ({
      query: 'mutation($id: ID!) { setPersonRoles(input: { personId: $id, roles: [EMPLOYEE] }) { id } }',
      variables: { id: (await createPerson(api.dataSource, {})).id },
    }),
    setPersonManager: async () => ({
      query: 'mutation($id: ID!, $m: ID!) { setPersonManager(input: { personId: $id, managerId: $m }) { id } }',
      variables: { id: (await createPerson(api.dataSource, {})).id, m: world.people.host.id },
    }),
    setMySkill: async () => ({ query: 'mutation { setMySkill(input: { skillName: "TypeScript", kind: HAS, level: 3 }) { level } }' }),
    removeMySkill: async () => ({ query: 'mutation { removeMySkill(input: { skillName: "TypeScript", kind: HAS }) { level } }' }),
    createRoom: async () => ({ query: `mutation { createRoom(input: { site: "Utrecht", name: "R ${randomUUID().slice(0, 8)}", capacity: 4 }) { id } }` }),
    updateRoom: async () => ({ query: 'mutation($id: ID!) { updateRoom(input: { roomId: $id, capacity: 7 }) { id } }', variables: { id: (await createRoom(api.dataSource, {})).id } }),
    // An unknown approval: allowed callers get NOT_FOUND, the others FORBIDDEN before the lookup.
    approveRoomBooking: async () => ({ query: 'mutation($id: ID!) { approveRoomBooking(approvalId: $id) { id } }', variables: { id: randomUUID() }, authorisedOnly: true }),
    refuseRoomBooking: async () => ({ query: 'mutation($id: ID!) { refuseRoomBooking(input: { approvalId: $id, reason: "Closed" }) { id } }', variables: { id: randomUUID() }, authorisedOnly: true }),
    // An unknown request: allowed callers get NOT_FOUND, the others FORBIDDEN before the lookup.
    confirmFacilityRequest: async () => ({ query: 'mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { id } }', variables: { id: randomUUID() }, authorisedOnly: true }),
    declineFacilityRequest: async () => ({ query: 'mutation($id: ID!) { declineFacilityRequest(input: { requestId: $id, reason: "Closed" }) { id } }', variables: { id: randomUUID() }, authorisedOnly: true }),
    setRoomRules: async () => ({ query: 'mutation($id: ID!) { setRoomRules(input: { roomId: $id, maxBookingMinutes: 240 }) { roomId } }', variables: { id: (await createRoom(api.dataSource, {})).id } }),
    retireRoom: async () => ({ query: 'mutation($id: ID!) { retireRoom(roomId: $id) { id } }', variables: { id: (await createRoom(api.dataSource, {})).id } }),
    createFacilityTeam: async () => ({ query: `mutation { createFacilityTeam(input: { name: "T ${randomUUID().slice(0, 8)}", kind: CATERING, mailbox: "t-${randomUUID().slice(0, 8)}@example.com" }) { id } }` }),
    retryMessage: async () => ({ query: 'mutation($id: ID!) { retryMessage(messageId: $id) }', variables: { id: '999999999' }, authorisedOnly: true }),
    rotateMyCalendarFeed: async () => ({ query: 'mutation { rotateMyCalendarFeed }' }),
    requestFacility: async () => ({
      query: 'mutation($s: ID!, $t: ID!) { requestFacility(input: { sessionId: $s, facilityTeamId: $t, note: "Lunch for 4" }) { id } }',
      variables: { s: (await createProposedSession(api.dataSource, world.people.host.id)).id, t: world.teamId },
    }),
    withdrawFacilityRequest: async () => {
      const session = await createProposedSession(api.dataSource, world.people.host.id);
      await adminOk('mutation($s: ID!, $t: ID!) { requestFacility(input: { sessionId: $s, facilityTeamId: $t }) { id } }', { s: session.id, t: world.teamId });
      return { query: 'mutation($s: ID!, $t: ID!) { withdrawFacilityRequest(sessionId: $s, facilityTeamId: $t) { id } }', variables: { s: session.id, t: world.teamId } };
    },
    proposeSession: async () => ({ query: 'mutation { proposeSession(input: { title: "Hello world", format: TALK, language: "en", capacity: 5, durationMinutes: 30 }) { id } }' }),
    updateSessionDetails: async () => ({
      query: 'mutation($id: ID!) { updateSessionDetails(input: { sessionId: $id, title: "New title" }) { id } }',
      variables: { id: (await createProposedSession(api.dataSource, world.people.host.id)).id },
    }),
    addSessionHost: async () => ({
      query: 'mutation($id: ID!, $p: ID!) { addSessionHost(sessionId: $id, personId: $p) { id } }',
      variables: { id: (await createProposedSession(api.dataSource, world.people.host.id)).id, p: world.people.employee.id },
    }),
    showInterest: async () => ({ query: 'mutation($id: ID!) { showInterest(sessionId: $id) { id } }', variables: { id: (await createProposedSession(api.dataSource, world.colleague.id)).id } }),
    withdrawInterest: async () => ({ query: 'mutation($id: ID!) { withdrawInterest(sessionId: $id) { id } }', variables: { id: world.proposedId } }),
    scheduleSession: async () => ({
      query: 'mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }',
      variables: { input: { sessionId: (await createProposedSession(api.dataSource, world.people.host.id)).id, startsAt: nextDay(), roomId: (await createRoom(api.dataSource, {})).id } },
    }),
    rescheduleSession: async () => ({
      query: 'mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }',
      variables: { input: { sessionId: await scheduledSession(), startsAt: nextDay(), roomId: (await createRoom(api.dataSource, {})).id } },
    }),
    moveSession: async () => ({
      query: 'mutation($input: MoveSessionInput!) { moveSession(input: $input) { id } }',
      variables: { input: { sessionId: await scheduledSession(), roomId: (await createRoom(api.dataSource, {})).id } },
    }),
    cancelSession: async () => ({ query: 'mutation($id: ID!) { cancelSession(sessionId: $id) { id } }', variables: { id: await scheduledSession() } }),
    completeSession: async () => ({ query: 'mutation($id: ID!) { completeSession(sessionId: $id) { id } }', variables: { id: await scheduledSession() }, authorisedOnly: true }),
    joinSession: async () => ({ query: 'mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }', variables: { id: await scheduledSession(world.colleague.id) } }),
    leaveSession: async () => ({ query: 'mutation($id: ID!) { leaveSession(sessionId: $id) { id } }', variables: { id: world.scheduledId }, authorisedOnly: true }),
    upsertMyMentorProfile: async () => ({
      query: 'mutation { upsertMyMentorProfile(input: { capacity: 2, languages: ["en"], seniorityYears: 10, skillsOffered: [{ name: "TypeScript", level: 4 }] }) { capacity } }',
    }),
    createMyMenteeRequest: async () => ({
      query: 'mutation($id: ID!) { createMyMenteeRequest(roundId: $id, input: { languages: ["en"], seniorityYears: 2, skillsWanted: [{ name: "TypeScript", level: 2 }] }) { id } }',
      variables: { id: await openRound() },
    }),
    updateMyMenteeRequest: async (personId) => ({
      query: 'mutation($id: ID!) { updateMyMenteeRequest(roundId: $id, input: { languages: ["en", "nl"], seniorityYears: 3, skillsWanted: [{ name: "TypeScript", level: 3 }] }) { id } }',
      variables: { id: await roundWithRequestOf(personId) },
    }),
    withdrawMyMenteeRequest: async (personId) => ({ query: 'mutation($id: ID!) { withdrawMyMenteeRequest(roundId: $id) }', variables: { id: await roundWithRequestOf(personId) } }),
    setMyDiversityAttribute: async () => ({ query: 'mutation { setMyDiversityAttribute(input: { attribute: "gender", value: "woman", consent: true }) { attribute } }' }),
    clearMyDiversityAttribute: async () => ({ query: 'mutation { clearMyDiversityAttribute(attribute: "gender") { attribute } }' }),
    openMentoringRound: async () => ({
      query: 'mutation { openMentoringRound(input: { name: "Spring", deadline: "2031-06-01T17:00:00Z", seniorityGapMin: 0, seniorityGapMax: 40, departments: [], sites: [], autoPublish: false, responseDays: 7 }) { id } }',
    }),
    runMentoringRound: async () => ({ query: 'mutation($id: ID!) { runMentoringRound(roundId: $id) { id } }', variables: { id: await openRound() } }),
    publishMentoringRound: async () => ({ query: 'mutation($id: ID!) { publishMentoringRound(roundId: $id) { id } }', variables: { id: await openRound() }, authorisedOnly: true }),
    closeMentoringRound: async () => ({ query: 'mutation($id: ID!) { closeMentoringRound(roundId: $id) { id } }', variables: { id: await openRound() } }),
    closeMentoringRoundRequests: async () => ({ query: 'mutation($id: ID!) { closeMentoringRoundRequests(roundId: $id) { id } }', variables: { id: await openRound() } }),
    pinMentorPair: async () => ({ query: `mutation($id: ID!, $mentor: ID!, $mentee: ID!) { pinMentorPair(${PAIR}) { round { id } } }`, variables: await pairOf() }),
    excludeMentorPair: async () => ({ query: `mutation($id: ID!, $mentor: ID!, $mentee: ID!) { excludeMentorPair(${PAIR}) { excluded { mentor { id } } } }`, variables: await pairOf() }),
    clearMentorPairRule: async () => {
      const variables = await pairOf();
      await adminOk(`mutation($id: ID!, $mentor: ID!, $mentee: ID!) { pinMentorPair(${PAIR}) { round { id } } }`, variables);
      return { query: `mutation($id: ID!, $mentor: ID!, $mentee: ID!) { clearMentorPairRule(${PAIR}) { round { id } } }`, variables };
    },
    acceptMentorMatch: async () => ({ query: 'mutation($id: ID!) { acceptMentorMatch(matchId: $id) { status } }', variables: { id: await match('PROPOSED') }, authorisedOnly: true }),
    declineMentorMatch: async () => ({ query: 'mutation($id: ID!) { declineMentorMatch(matchId: $id, reason: "Full") { status } }', variables: { id: await match('PROPOSED') } }),
    endMentorMatch: async () => ({ query: 'mutation($id: ID!) { endMentorMatch(matchId: $id) { status } }', variables: { id: await match('ACCEPTED') } }),
    setMyWorkingHours: async () => ({ query: 'mutation { setMyWorkingHours(hours: [{ weekday: 1, start: "08:00", end: "16:00" }, { weekday: 2, start: "09:00", end: "17:00" }]) { id workingHours { weekday } } }' }),
    setMyMeetingUrl: async () => ({ query: 'mutation { setMyMeetingUrl(url: "https://meet.example.test/me") { id meetingUrl } }' }),
    moveMentorMeeting: async () => ({
      query: 'mutation($id: ID!, $at: DateTime!) { moveMentorMeeting(input: { matchId: $id, startsAt: $at }) { meetingStartsAt } }',
      variables: { id: await match('ACCEPTED'), at: nextWeekdayAt(10).toISOString() },
    }),
    logMentoringMeeting: async () => ({
      query: 'mutation($id: ID!, $at: DateTime!) { logMentoringMeeting(input: { matchId: $id, heldAt: $at, durationMinutes: 45, note: "Planned the quarter" }) { id } }',
      variables: { id: await match('ACCEPTED'), at: new Date(Date.now() - 60_000).toISOString() },
    }),
    mentoringMeetingLog: async () => ({ query: 'query($id: ID!) { mentoringMeetingLog(matchId: $id) { id } }', variables: { id: await match('ACCEPTED') } }),
    giveMentoringFeedback: async () => ({
      query: 'mutation($id: ID!) { giveMentoringFeedback(input: { matchId: $id, rating: 4, comment: "Useful" }) { rating } }',
      variables: { id: await match('COMPLETED') },
    }),
    myMentoringFeedback: async () => ({ query: 'query($id: ID!) { myMentoringFeedback(matchId: $id) { rating } }', variables: { id: await match('COMPLETED') } }),
    mentoringRoundOutcomes: async () => ({ query: 'query($id: ID!) { mentoringRoundOutcomes(roundId: $id) { completedCount } }', variables: { id: world.roundId } }),
    mentoringRoundScoreDistribution: async () => ({ query: 'query($id: ID!) { mentoringRoundScoreDistribution(roundId: $id) { matchCount buckets { from count } } }', variables: { id: world.roundId } }),
  };

  const TABLES = [
    'person', 'person_skill', 'skill', 'room', 'room_booking', 'facility_team', 'session', 'session_host', 'session_interest',
    'registration', 'session_facility_request', 'outbox_message', 'mentor_profile', 'mentor_skill', 'mentoring_round',
    'mentee_request', 'diversity_attribute', 'mentor_match', 'mentoring_pair_rule', 'inbound_message', 'mentoring_meeting_log', 'mentoring_feedback',
  ];
  const digest = async (): Promise<string> => {
    const union = TABLES.map((table) => `SELECT '${table}' || t::text AS row FROM ${table} t`).join(' UNION ALL ');
    const [{ md5 }] = await api.dataSource.query(`SELECT md5(coalesce(string_agg(row, '|' ORDER BY row), '')) AS md5 FROM (${union}) everything`);
    return md5;
  };

  beforeAll(async () => {
    await api.start();
    const make = (name: string, roles: string[] = ['EMPLOYEE']) => createPerson(api.dataSource, { name, roles });
    world = {
      people: {
        employee: await make('Emma Employee'),
        host: await make('Hanna Host'),
        mentor: await make('Mo Mentor'),
        mentee: await make('Mia Mentee'),
        'facility manager': await make('Fay Facility', ['EMPLOYEE', 'FACILITY_MANAGER']),
        admin: await make('Ada Admin', ['EMPLOYEE', 'ADMIN']),
      },
      colleague: await make('Cas Colleague'),
    } as World;
    world.roomId = (await createRoom(api.dataSource, {})).id;
    world.proposedId = (await createProposedSession(api.dataSource, world.people.host.id)).id;
    world.teamId = (
      await adminOk('mutation { createFacilityTeam(input: { name: "Catering", kind: CATERING, mailbox: "catering@example.com" }) { id } }')
    ).createFacilityTeam.id;
    world.scheduledId = await scheduledSession();
    world.roundId = await openRound();
  });

  afterAll(() => api.stop());

  it('lists every query and mutation of the schema in the README table', async () => {
    const { __schema } = await api.ok(world.people.employee.id, '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const inSchema = [...__schema.queryType.fields, ...__schema.mutationType.fields].map((field: { name: string }) => field.name).sort();
    const inTable = readPermissionTable().filter((row) => row.kind !== 'field').map((row) => row.operation).sort();
    expect(inTable).toEqual(inSchema);
    expect(Object.keys(calls).sort()).toEqual(inSchema);
  });

  it('allows exactly what the table allows, and a refused call changes nothing', async () => {
    const problems: string[] = [];
    let walked = 0;
    for (const row of readPermissionTable().filter((entry) => entry.kind !== 'field')) {
      for (const role of ROLES) {
        const personId = role === 'anonymous' ? null : world.people[role].id;
        const call = await calls[row.operation](personId);
        const before = row.allowed.has(role) ? null : await digest();
        const response = await api.graphql(personId, call.query, call.variables);
        const code = response.errors?.[0]?.extensions.code;
        walked += 1;
        if (row.allowed.has(role)) {
          const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'INTERNAL_SERVER_ERROR';
          if (refused || (!call.authorisedOnly && response.errors)) problems.push(`${row.operation} as ${role}: ${JSON.stringify(response.errors)}`);
        } else {
          const expected = role === 'anonymous' ? ['UNAUTHENTICATED'] : row.hidden ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN'];
          if (!expected.includes(code as string)) problems.push(`${row.operation} as ${role}: expected ${expected} got ${JSON.stringify(response.errors ?? response.data)}`);
          if ((await digest()) !== before) problems.push(`${row.operation} as ${role}: a refused call changed the database`);
        }
      }
    }
    console.log(`walked ${walked} calls of the permission table`);
    expect(problems).toEqual([]);
    // One call per operation and role, with a digest of every table before and after each refusal: minutes on a shared machine.
  }, 600_000);

  it('records admin actions, role changes, room changes, rounds and match decisions in the audit log, for admins to read', async () => {
    const { admin } = world.people;
    const employee = await createPerson(api.dataSource, { name: 'Gus' });
    const { createRoom } = await api.ok(world.people['facility manager'].id, 'mutation { createRoom(input: { site: "Delft", name: "Audit room", capacity: 3 }) { id } }');
    await adminOk('mutation($id: ID!) { setPersonRoles(input: { personId: $id, roles: [EMPLOYEE, FACILITY_MANAGER] }) { id } }', { id: employee.id });
    const LOG = 'query($filter: AuditLogFilter) { auditLog(filter: $filter) { actorId action targetType targetId details correlationId occurredAt } }';
    const rooms = await adminOk(LOG, { filter: { targetType: 'room', targetId: createRoom.id } });
    expect(rooms.auditLog).toEqual([
      expect.objectContaining({ actorId: world.people['facility manager'].id, action: 'room-created', targetId: createRoom.id, correlationId: expect.any(String) }),
    ]);
    expect(JSON.parse(rooms.auditLog[0].details)).toMatchObject({ operation: 'createRoom', arguments: { input: { name: 'Audit room' } } });
    const roles = await adminOk(LOG, { filter: { action: 'person-roles-set', targetId: employee.id } });
    expect(roles.auditLog[0]).toMatchObject({ actorId: admin.id, targetType: 'person' });
    expect(JSON.parse(roles.auditLog[0].details).arguments.input.roles).toEqual(['EMPLOYEE', 'FACILITY_MANAGER']);
    const scheduledByAdmin = await adminOk(LOG, { filter: { actorId: admin.id, action: 'admin-scheduleSession' } });
    expect(scheduledByAdmin.auditLog.length).toBeGreaterThan(0);
    const opened = await adminOk(LOG, { filter: { actorId: admin.id, action: 'mentoring-round-opened' } });
    expect(opened.auditLog.length).toBeGreaterThan(0);
    const decided = await adminOk(LOG, { filter: { action: 'mentor-match-declined' } });
    expect(decided.auditLog.length).toBeGreaterThan(0);
    const refused = await api.graphql(employee.id, LOG, {});
    expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('keeps private fields private: reporting lines, facility notes, diversity attributes', async () => {
    const { employee, host, admin } = world.people;
    await api.dataSource.query(`UPDATE person SET manager_id = $1 WHERE id = $2`, [admin.id, employee.id]);
    const asColleague = await api.ok(host.id, 'query($id: ID!) { person(id: $id) { managerId } }', { id: employee.id });
    expect(asColleague.person.managerId).toBeNull();
    const asSelf = await api.ok(employee.id, '{ me { managerId } }');
    expect(asSelf.me.managerId).toBe(admin.id);
    const asAdmin = await api.ok(admin.id, 'query($id: ID!) { person(id: $id) { managerId } }', { id: employee.id });
    expect(asAdmin.person.managerId).toBe(admin.id);

    const session = await createProposedSession(api.dataSource, host.id);
    await api.ok(host.id, 'mutation($s: ID!, $t: ID!) { requestFacility(input: { sessionId: $s, facilityTeamId: $t, note: "Two need a wheelchair-free route" }) { id } }', {
      s: session.id,
      t: world.teamId,
    });
    const NOTES = 'query($id: ID!) { session(id: $id) { facilityRequests { team { name } note } } }';
    for (const [who, sees] of [[host, true], [world.people['facility manager'], true], [admin, true], [employee, false]] as const) {
      const { session: seen } = await api.ok(who.id, NOTES, { id: session.id });
      expect(seen.facilityRequests[0].note).toBe(sees ? 'Two need a wheelchair-free route' : null);
    }

    await api.ok(employee.id, 'mutation { setMyDiversityAttribute(input: { attribute: "background", value: "secret", consent: true }) { attribute } }');
    const mine = await api.ok(employee.id, '{ myDiversityAttributes { attribute value } }');
    expect(mine.myDiversityAttributes).toEqual([expect.objectContaining({ attribute: 'background', value: 'secret' })]);
    const theirs = await api.ok(admin.id, '{ myDiversityAttributes { attribute value } }');
    expect(JSON.stringify(theirs)).not.toContain('secret');
  });
});
