import { buildPerson, createPeople, createPerson, createRoom, type PersonFixture, waitFor, waitUntil } from '@kennis/testing';
import { expectNothingTelling, visibleTextOf } from './support/mentoring-privacy';
import { PlatformHarness } from './support/platform-harness';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CHECK_IN_SECONDS = 30;
const PERSON = `id name`;
const MATCH = `id status meetingStartsAt meetingEndsAt meetingRoom runsUntil completedAt mentor { ${PERSON} } mentee { ${PERSON} }`;
const PERSON_READS = `{ myProposedMatches { ${MATCH} } myMentorMatch { ${MATCH} } myMentoringHistory { ${MATCH} } }`;

/** Local weekday (1 Monday) and minutes of a moment in Amsterdam. */
function amsterdam(instant: Date): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** The first moment at least `days` ahead that is `hour`:00 in Amsterdam on a weekday. */
function weekdayInAmsterdam(days: number, hour: number): Date {
  for (let at = Math.ceil((Date.now() + days * DAY) / HOUR) * HOUR; ; at += HOUR) {
    const local = amsterdam(new Date(at));
    if (local.weekday <= 5 && local.minutes === hour * 60) return new Date(at);
  }
}

describe('after the match over GraphQL: first meeting in working hours, move, check-ins, meeting log, completion, feedback and outcomes', () => {
  const platform = new PlatformHarness();
  let admin: PersonFixture;
  let mentors: PersonFixture[];
  let mentees: PersonFixture[];
  let roomMailbox: string;
  const seen = new Map<string, string[]>();

  beforeAll(async () => {
    await platform.start({ MENTORING_CHECK_IN_INTERVAL_SECONDS: String(CHECK_IN_SECONDS), MENTORING_FIRST_MEETING_NOTICE_HOURS: '24' });
    admin = await createPerson(platform.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    mentors = await createPeople(
      platform.dataSource,
      ['Ama', 'Bas', 'Cor', 'Dirk', 'Els'].map((name, index) =>
        buildPerson({ name: `${name} Mentor`, email: `${name.toLowerCase()}@after.test`, department: 'Platform', language: index === 1 ? 'nl' : 'en' }),
      ),
    );
    mentees = await createPeople(
      platform.dataSource,
      ['Fem', 'Gus', 'Hil', 'Ivo', 'Jet'].map((name, index) =>
        buildPerson({
          name: `${name} Mentee`,
          email: `${name.toLowerCase()}@after.test`,
          department: 'Finance',
          language: index === 2 ? 'nl' : 'en',
          // One mentee works in another office: that first meeting is online.
          site: index === 4 ? 'Rotterdam' : 'Amsterdam',
        }),
      ),
    );
    roomMailbox = 'turing@rooms.after.test';
    await createRoom(platform.dataSource, { site: 'Amsterdam', name: 'Turing', capacity: 4, resourceMailbox: roomMailbox });
  });

  afterAll(() => platform.stop());

  async function read(person: PersonFixture, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const data = await platform.ok(person.id, query, variables);
    seen.set(person.id, [...(seen.get(person.id) ?? []), JSON.stringify(data)]);
    return data;
  }

  async function errorOf(person: PersonFixture, query: string, variables: Record<string, unknown>): Promise<{ code: string; field?: string }> {
    const result = await platform.graphql(person.id, query, variables);
    expect(result.errors).toBeDefined();
    return { code: result.errors![0].extensions.code, field: result.errors![0].extensions.field };
  }

  it('runs a programme from the first meeting to the feedback, and nobody sees a trace of a diversity attribute', async () => {
    // Working hours and own meeting links live on the person's profile.
    const week = await read(mentors[0], `mutation { setMyWorkingHours(hours: [{ weekday: 2, start: "14:00", end: "16:00" }]) { workingHours { weekday start end } } }`);
    expect(week.setMyWorkingHours.workingHours).toEqual([{ weekday: 2, start: '14:00', end: '16:00' }]);
    expect(await errorOf(mentors[1], `mutation { setMyWorkingHours(hours: [{ weekday: 1, start: "17:00", end: "09:00" }]) { id } }`, {})).toEqual({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect((await read(mentors[1], `{ me { workingHours { weekday start end } } }`)).me.workingHours).toHaveLength(5);
    expect(await errorOf(mentors[1], `mutation { setMyMeetingUrl(url: "javascript:alert(1)") { id } }`, {})).toEqual({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(await errorOf(mentors[1], `mutation { setMyMeetingUrl(url: "http://meet.example.test/plain") { id } }`, {})).toEqual({ code: 'BAD_USER_INPUT', field: 'url' });
    for (const mentor of mentors) {
      await read(mentor, `mutation($url: String) { setMyMeetingUrl(url: $url) { meetingUrl } }`, { url: `https://meet.after.test/${mentor.name.split(' ')[0].toLowerCase()}` });
      await platform.ok(mentor.id, `mutation($input: MentorProfileInput!) { upsertMyMentorProfile(input: $input) { capacity } }`, {
        input: { capacity: 1, languages: ['en', 'nl'], seniorityYears: 15, skillsOffered: [{ name: 'Kotlin', level: 5 }] },
      });
    }
    await platform.ok(mentees[0].id, `mutation { setMyDiversityAttribute(input: { attribute: "gender", value: "zq-gender-one", consent: true }) { attribute } }`);
    await platform.ok(mentors[2].id, `mutation { setMyDiversityAttribute(input: { attribute: "background", value: "zq-background-two", consent: true }) { attribute } }`);

    // Gus booked a room in Kennis for a meeting of his own across the first three days: his first meeting is not planned on it.
    const { id: otherRoomId } = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Own', capacity: 4, resourceMailbox: 'own@rooms.after.test' });
    const ownFrom = new Date(Date.now() + DAY);
    const ownTo = new Date(Date.now() + 4 * DAY);
    await platform.ok(mentees[1].id, `mutation($input: BookRoomInput!) { bookRoom(input: $input) { startsAt } }`, {
      input: { roomId: otherRoomId, title: 'Budget offsite', startsAt: ownFrom.toISOString(), endsAt: ownTo.toISOString(), seats: 2 },
    });

    const { openMentoringRound: round } = await platform.ok(admin.id, `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id matchDurationDays } }`, {
      input: { name: 'After the match', deadline: new Date(Date.now() + 14 * DAY).toISOString(), responseDays: 5, matchDurationDays: 60 },
    });
    expect(round.matchDurationDays).toBe(60);
    for (const mentee of mentees) {
      await platform.ok(mentee.id, `mutation($roundId: ID!, $input: MenteeRequestInput!) { createMyMenteeRequest(roundId: $roundId, input: $input) { id } }`, {
        roundId: round.id,
        input: { goals: 'Grow in Kotlin', languages: ['en'], seniorityYears: 1, skillsWanted: [{ name: 'Kotlin', level: 1 }] },
      });
    }
    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    await waitUntil(
      'the round to be proposed',
      async () => (await platform.ok(admin.id, `query($id: ID!) { mentoringRound(id: $id) { status } }`, { id: round.id })).mentoringRound.status === 'PROPOSED',
      60_000,
    );
    await platform.ok(admin.id, `mutation($id: ID!) { publishMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const acceptedAt = Date.now();
    const matches: any[] = [];
    for (const mentor of mentors) {
      const [proposal] = (await read(mentor, PERSON_READS)).myProposedMatches;
      matches.push((await read(mentor, `mutation($id: ID!) { acceptMentorMatch(matchId: $id) { ${MATCH} } }`, { id: proposal.id })).acceptMentorMatch);
    }
    expect(matches).toHaveLength(5);
    for (const match of matches) {
      const startsAt = new Date(match.meetingStartsAt);
      // The minimum notice, and inside the default working week in Amsterdam.
      expect(startsAt.getTime()).toBeGreaterThanOrEqual(acceptedAt + 24 * HOUR - 60_000);
      const local = amsterdam(startsAt);
      expect(local.weekday).toBeLessThanOrEqual(5);
      expect(local.minutes).toBeGreaterThanOrEqual(9 * 60);
      expect(local.minutes + 30).toBeLessThanOrEqual(17 * 60);
      expect(new Date(match.runsUntil).getTime() - acceptedAt).toBeGreaterThan(59 * DAY);
    }
    const byMentor = (mentor: PersonFixture) => matches.find((match) => match.mentor.id === mentor.id);
    const byMentee = (mentee: PersonFixture) => matches.find((match) => match.mentee.id === mentee.id);
    // Ama meets only on Tuesdays 14:00-16:00.
    const ama = amsterdam(new Date(byMentor(mentors[0]).meetingStartsAt));
    expect(ama.weekday).toBe(2);
    expect(ama.minutes).toBeGreaterThanOrEqual(14 * 60);
    expect(ama.minutes + 30).toBeLessThanOrEqual(16 * 60);
    // Gus's own room booking is kept free.
    expect(new Date(byMentee(mentees[1]).meetingStartsAt).getTime()).toBeGreaterThanOrEqual(ownTo.getTime());
    // Jet is in Rotterdam: online, with her mentor's own link in mail and invite.
    const online = byMentee(mentees[4]);
    expect(online.meetingRoom).toBeNull();
    const onlineLink = `https://meet.after.test/${online.mentor.name.split(' ')[0].toLowerCase()}`;
    await platform.sink.waitFor('the acceptance to Jet', () => platform.sink.to(mentees[4].email).length >= 1);
    const jetAccepted = platform.sink.to(mentees[4].email)[0];
    expect(jetAccepted.parsed.text).toContain(onlineLink);
    expect(jetAccepted.ics!.replace(/\r?\n[ \t]/g, '')).toContain(`URL;VALUE=URI:${onlineLink}`);

    // Moving a first meeting that is in the room: bad times are refused and change nothing.
    const moving = matches.find((match) => match.meetingRoom !== null && match.mentor.id !== mentors[0].id)!;
    const mover = mentees.find((mentee) => mentee.id === moving.mentee.id)!;
    const move = `mutation($id: ID!, $at: DateTime!) { moveMentorMeeting(input: { matchId: $id, startsAt: $at }) { ${MATCH} } }`;
    expect(await errorOf(mover, move, { id: moving.id, at: new Date(Date.now() + HOUR).toISOString() })).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(await errorOf(mover, move, { id: moving.id, at: weekdayInAmsterdam(6, 20).toISOString() })).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect((await errorOf(mentees.find((m) => m.id !== mover.id)!, move, { id: moving.id, at: weekdayInAmsterdam(6, 15).toISOString() })).code).toBe('NOT_FOUND');
    const people = [moving.mentor.id, moving.mentee.id].map((id) => [...mentors, ...mentees].find((person) => person.id === id)!);
    // The first invites go out before the move, so the update below is an update of something received.
    await platform.sink.waitFor('the first invites of the meeting that will move', () =>
      [...people.map((person) => person.email), roomMailbox].every((address) =>
        platform.sink.to(address).some((mail) => mail.calendar?.method === 'REQUEST' && mail.calendar.start.getTime() === new Date(moving.meetingStartsAt).getTime()),
      ),
    );
    // 15:00 six days on: clear of the other first meetings (the earliest mornings, and Ama's Tuesday from 14:00).
    const newStart = weekdayInAmsterdam(6, 15);
    const moved = (await read(mover, move, { id: moving.id, at: newStart.toISOString() })).moveMentorMeeting;
    expect(new Date(moved.meetingStartsAt).getTime()).toBe(newStart.getTime());
    expect(moved.meetingRoom).toBe(moving.meetingRoom);
    await platform.sink.waitFor('the update to both and to the room', () =>
      [...people.map((person) => person.email), roomMailbox].every((address) =>
        platform.sink.to(address).some((mail) => mail.calendar?.sequence === 1 && mail.calendar.start.getTime() === newStart.getTime()),
      ),
    );
    for (const address of [...people.map((person) => person.email), roomMailbox]) {
      const invites = platform.sink.to(address).filter((mail) => mail.calendar?.method === 'REQUEST');
      const first = invites.find((mail) => mail.calendar!.sequence === 0 && mail.calendar!.start.getTime() === new Date(moving.meetingStartsAt).getTime())!;
      const update = invites.find((mail) => mail.calendar!.sequence === 1)!;
      // The same event, one SEQUENCE up (RFC 5546): calendars replace it instead of adding a second.
      expect(update.calendar!.uid).toBe(first.calendar!.uid);
    }
    for (const person of people) {
      const update = platform.sink.to(person.email).find((mail) => mail.calendar?.sequence === 1)!;
      expect(update.parsed.subject).toBe(
        person.language === 'nl' ? `Mentoring: je eerste afspraak met ${(person.id === moving.mentor.id ? moving.mentee : moving.mentor).name} is verplaatst` : `Mentoring: your first meeting with ${(person.id === moving.mentor.id ? moving.mentee : moving.mentor).name} has moved`,
      );
    }

    // Check-ins: every interval, to each person, each one once.
    await platform.sink.waitFor(
      'the first check-in to everyone',
      () => [...mentors, ...mentees].every((person) => platform.sink.to(person.email).some((mail) => /how is it going|hoe gaat het/.test(mail.parsed.subject ?? ''))),
      CHECK_IN_SECONDS * 1000 + 60_000,
    );
    const checkInRows: { match_id: string; person_id: string; number: number; rows: number }[] = await platform.dataSource.query(
      `SELECT payload->>'matchId' AS match_id, payload->>'personId' AS person_id, (payload->>'number')::int AS number, count(*)::int AS rows
       FROM outbox_message WHERE payload->>'kind' = 'CHECK_IN' GROUP BY 1, 2, 3`,
    );
    expect(checkInRows.filter((row) => row.number === 1)).toHaveLength(10);
    expect(checkInRows.every((row) => row.rows === 1)).toBe(true);
    const hil = mentees[2];
    expect(platform.sink.to(hil.email).find((mail) => /hoe gaat het/.test(mail.parsed.subject ?? ''))!.parsed.text).toContain('Leg de afspraken');

    // Mentor and mentee log their meetings.
    const log = `mutation($id: ID!, $at: DateTime!, $minutes: Int!) { logMentoringMeeting(input: { matchId: $id, heldAt: $at, durationMinutes: $minutes, note: "Talked about Kotlin coroutines" }) { id heldAt durationMinutes note loggedById } }`;
    const fem = mentees[0];
    const femMatch = byMentee(fem);
    expect(await errorOf(fem, log, { id: femMatch.id, at: new Date().toISOString(), minutes: 2 })).toEqual({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
    expect(await errorOf(fem, log, { id: femMatch.id, at: new Date(Date.now() + DAY).toISOString(), minutes: 45 })).toEqual({ code: 'BAD_USER_INPUT', field: 'heldAt' });
    const logged = (await read(fem, log, { id: femMatch.id, at: new Date().toISOString(), minutes: 45 })).logMentoringMeeting;
    expect(logged).toMatchObject({ durationMinutes: 45, loggedById: fem.id, note: 'Talked about Kotlin coroutines' });
    const femMentor = mentors.find((mentor) => mentor.id === femMatch.mentor.id)!;
    const { mentoringMeetingLog } = await read(femMentor, `query($id: ID!) { mentoringMeetingLog(matchId: $id) { id durationMinutes } }`, { id: femMatch.id });
    expect(mentoringMeetingLog).toEqual([{ id: logged.id, durationMinutes: 45 }]);
    expect((await errorOf(mentees[3], `query($id: ID!) { mentoringMeetingLog(matchId: $id) { id } }`, { id: femMatch.id })).code).toBe('NOT_FOUND');

    // Feedback waits for the end.
    const feedback = `mutation($id: ID!, $rating: Int!) { giveMentoringFeedback(input: { matchId: $id, rating: $rating, comment: "Very useful" }) { rating comment } }`;
    expect((await errorOf(fem, feedback, { id: femMatch.id, rating: 5 })).code).toBe('CONFLICT');

    // The round's weeks pass: the matches' time is up now, and the worker's schedule completes them.
    await platform.dataSource.query(`UPDATE mentor_match SET runs_until = now() WHERE round_id = $1 AND status = 'ACCEPTED'`, [round.id]);
    await platform.sink.waitFor(
      'the feedback request to everyone',
      () => [...mentors, ...mentees].every((person) => platform.sink.to(person.email).some((mail) => /is complete|is afgerond/.test(mail.parsed.subject ?? ''))),
      150_000,
    );
    for (const person of [...mentors, ...mentees]) {
      const history = (await read(person, PERSON_READS)).myMentoringHistory;
      expect(history.map((match: any) => match.status)).toEqual(['COMPLETED']);
      expect(history[0].completedAt).not.toBeNull();
    }
    expect(platform.sink.to(hil.email).find((mail) => /afgerond/.test(mail.parsed.subject ?? ''))!.parsed.text).toContain('cijfer van 1 tot 5');

    const outcomes = `query($id: ID!) { mentoringRoundOutcomes(roundId: $id) { acceptedCount runningCount completedCount endedEarlyCount completionRate meetingsLogged
      feedback { responses averageRating } mentorFeedback { responses averageRating } menteeFeedback { responses averageRating } } }`;
    expect(await errorOf(fem, feedback, { id: femMatch.id, rating: 6 })).toEqual({ code: 'BAD_USER_INPUT', field: 'rating' });
    const ratings = new Map<string, number>();
    for (const [index, person] of [...mentors, ...mentees].entries()) {
      const match = index < 5 ? byMentor(person) : byMentee(person);
      const rating = 1 + (index % 5);
      ratings.set(person.id, rating);
      expect((await read(person, feedback, { id: match.id, rating })).giveMentoringFeedback).toEqual({ rating, comment: 'Very useful' });
      if (index === 3) {
        // Four answers: too few to show anything of them.
        expect((await platform.ok(admin.id, outcomes, { id: round.id })).mentoringRoundOutcomes.feedback).toBeNull();
      }
    }
    expect((await errorOf(fem, feedback, { id: femMatch.id, rating: 3 })).code).toBe('CONFLICT');
    expect((await read(fem, `query($id: ID!) { myMentoringFeedback(matchId: $id) { rating comment } }`, { id: femMatch.id })).myMentoringFeedback).toEqual({
      rating: ratings.get(fem.id),
      comment: 'Very useful',
    });
    expect((await errorOf(fem, outcomes, { id: round.id })).code).toBe('FORBIDDEN');
    const { mentoringRoundOutcomes } = await platform.ok(admin.id, outcomes, { id: round.id });
    expect(mentoringRoundOutcomes).toEqual({
      acceptedCount: 5,
      runningCount: 0,
      completedCount: 5,
      endedEarlyCount: 0,
      completionRate: 1,
      meetingsLogged: 1,
      feedback: { responses: 10, averageRating: 3 },
      mentorFeedback: { responses: 5, averageRating: 3 },
      menteeFeedback: { responses: 5, averageRating: 3 },
    });

    await platform.waitForOutboxDrained();

    // The privacy promise, over the new texts too: moves, check-ins, feedback requests, logs and feedback.
    for (const person of [...mentors, ...mentees]) {
      expectNothingTelling(person.email, [...(seen.get(person.id) ?? []), ...platform.sink.to(person.email).map(visibleTextOf)]);
    }
    expect(platform.sink.duplicates).toBe(0);
  });
});
