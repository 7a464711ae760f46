import { buildPerson, createPeople, createPerson, createRoom, type PersonFixture, waitFor } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const DAY = 86_400_000;
const MATCH_FIELDS = `id status score respondBy meetingStartsAt breakdown { criterion points explanation } mentor { id } mentee { id }`;

describe('a mentoring round over GraphQL, with the matching and the mail in the worker', () => {
  const platform = new PlatformHarness();
  let admin: PersonFixture;
  let mentors: PersonFixture[];
  let mentees: PersonFixture[];

  beforeAll(async () => {
    await platform.start();
    admin = await createPerson(platform.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    mentors = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Mila Mentor', email: 'mila@example.test', language: 'nl' }),
      buildPerson({ name: 'Max Mentor', email: 'max@example.test' }),
      buildPerson({ name: 'Mo Mentor', email: 'mo@example.test', department: 'Sales' }),
    ]);
    mentees = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Eva Mentee', email: 'eva@example.test', timeZone: 'America/New_York' }),
      buildPerson({ name: 'Eli Mentee', email: 'eli@example.test' }),
    ]);
    await createRoom(platform.dataSource, { site: 'Amsterdam', name: 'Hopper', capacity: 4, resourceMailbox: 'hopper@rooms.example.test' });
  });

  afterAll(() => platform.stop());

  async function waitForRound(roundId: string, status: string): Promise<Record<string, any>> {
    return waitFor(
      `round ${roundId} to reach ${status}`,
      async () => {
        const { mentoringRound } = await platform.ok(admin.id, `query($id: ID!) { mentoringRound(id: $id) { status progress lastError result { proposedCount keptCount unmatchedCount } } }`, { id: roundId });
        if (mentoringRound.status === status) return mentoringRound as Record<string, any>;
        expect(mentoringRound.lastError).toBeNull();
        return null;
      },
      60_000,
    );
  }

  it('opens, matches, publishes, mails, accepts with an invite, and re-matches after a decline', async () => {
    for (const mentor of mentors) {
      await platform.ok(
        mentor.id,
        `mutation($input: MentorProfileInput!) { upsertMyMentorProfile(input: $input) { capacity } }`,
        { input: { capacity: 1, languages: ['en', 'nl'], seniorityYears: 15, skillsOffered: [{ name: 'Kotlin', level: 5 }] } },
      );
    }
    await platform.ok(mentees[0].id, `mutation { setMyDiversityAttribute(input: { attribute: "gender", value: "secret-e2e-value", consent: true }) { attribute } }`);
    const mine = await platform.ok(mentees[0].id, `{ myDiversityAttributes { attribute value } }`);
    expect(mine.myDiversityAttributes).toEqual([{ attribute: 'gender', value: 'secret-e2e-value' }]);
    expect((await platform.ok(admin.id, `{ myDiversityAttributes { value } }`)).myDiversityAttributes).toEqual([]);

    const { openMentoringRound: round } = await platform.ok(
      admin.id,
      `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id status } }`,
      { input: { name: 'Spring 2027', deadline: new Date(Date.now() + 7 * DAY).toISOString(), responseDays: 5 } },
    );
    expect(round.status).toBe('OPEN');
    const { openMentoringRounds } = await platform.ok(mentees[1].id, `{ openMentoringRounds { id name } }`);
    expect(openMentoringRounds).toContainEqual({ id: round.id, name: 'Spring 2027' });
    const forbidden = await platform.graphql(mentees[0].id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { id } }`, { id: round.id });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const mentee of mentees) {
      await platform.ok(
        mentee.id,
        `mutation($roundId: ID!, $input: MenteeRequestInput!) { createMyMenteeRequest(roundId: $roundId, input: $input) { id } }`,
        { roundId: round.id, input: { goals: 'Ship <b>Kotlin</b> services', languages: ['en'], seniorityYears: 1, skillsWanted: [{ name: 'kotlin', level: 1 }] } },
      );
    }

    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const proposed = await waitForRound(round.id, 'PROPOSED');
    expect(proposed.result).toMatchObject({ proposedCount: 2, unmatchedCount: 0 });
    await platform.ok(admin.id, `mutation($id: ID!) { publishMentoringRound(roundId: $id) { status } }`, { id: round.id });

    const proposals = new Map<string, Record<string, any>>();
    for (const mentor of mentors) {
      const { myProposedMatches } = await platform.ok(mentor.id, `{ myProposedMatches { ${MATCH_FIELDS} } }`);
      for (const match of myProposedMatches) proposals.set(match.mentee.id, { ...match, mentorPerson: mentor });
    }
    expect(proposals.size).toBe(2);
    const evaMatch = proposals.get(mentees[0].id)!;
    const eliMatch = proposals.get(mentees[1].id)!;
    expect(evaMatch.breakdown[0]).toMatchObject({ criterion: 'skillFit' });
    await platform.sink.waitFor('a proposal mail to both proposed mentors', () =>
      [evaMatch, eliMatch].every((match) => platform.sink.to(match.mentorPerson.email).length === 1),
    );
    const proposalMail = platform.sink.to(evaMatch.mentorPerson.email)[0];
    expect(proposalMail.parsed.text).toContain('Eva Mentee');
    expect(proposalMail.parsed.text).toContain(`/mentoring?match=${evaMatch.id}`);
    expect(proposalMail.parsed.text).not.toContain(`/mentoring/matches/`);
    expect(proposalMail.calendar).toBeNull();

    const byMentee = await platform.graphql(mentees[0].id, `mutation($id: ID!) { acceptMentorMatch(matchId: $id) { id } }`, { id: evaMatch.id });
    expect(byMentee.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { acceptMentorMatch: accepted } = await platform.ok(
      evaMatch.mentorPerson.id,
      `mutation($id: ID!) { acceptMentorMatch(matchId: $id) { status meetingStartsAt } }`,
      { id: evaMatch.id },
    );
    expect(accepted.status).toBe('ACCEPTED');
    await platform.sink.waitFor('an acceptance with an invite to mentor and mentee', () =>
      platform.sink.to('eva@example.test').length === 1 && platform.sink.to(evaMatch.mentorPerson.email).length === 2,
    );
    for (const mail of [platform.sink.to('eva@example.test')[0], platform.sink.to(evaMatch.mentorPerson.email)[1]]) {
      expect(mail.mimeMethod).toBe('REQUEST');
      expect(mail.calendar!.method).toBe('REQUEST');
      expect(mail.calendar!.uid).toBe(`kennis-mentoring-${evaMatch.id}@kennis.local`);
      expect(mail.calendar!.start.toISOString()).toBe(new Date(accepted.meetingStartsAt).toISOString());
      expect(mail.calendar!.attendees.join('\n')).toMatch(/eva@example\.test/);
    }
    // The room is invited as a resource at its own mailbox.
    await platform.sink.waitFor('the invite to the room mailbox', () => platform.sink.to('hopper@rooms.example.test').length === 1);
    const roomInvite = platform.sink.to('hopper@rooms.example.test')[0];
    expect(roomInvite.calendar).toMatchObject({ method: 'REQUEST', uid: `kennis-mentoring-${evaMatch.id}@kennis.local` });
    expect(roomInvite.calendar!.attendees.join('\n')).toMatch(/CUTYPE=ROOM.*hopper@rooms\.example\.test/s);
    // 09:00-17:00 in New York and in Amsterdam: the meeting starts at 13:00 UTC or later (winter or summer time).
    expect(new Date(accepted.meetingStartsAt).getUTCHours()).toBeGreaterThanOrEqual(13);
    const { myMentorMatch } = await platform.ok(mentees[0].id, `{ myMentorMatch { status mentor { id } meetingRoom meetingCalledOff } }`);
    expect(myMentorMatch).toEqual({
      status: 'ACCEPTED',
      mentor: { id: evaMatch.mentorPerson.id },
      meetingRoom: expect.stringContaining('Hopper'),
      meetingCalledOff: false,
    });

    await platform.ok(eliMatch.mentorPerson.id, `mutation($id: ID!) { declineMentorMatch(matchId: $id, reason: "Full this term") { status } }`, {
      id: eliMatch.id,
    });
    expect((await platform.ok(mentees[1].id, `{ myMentorMatch { id } }`)).myMentorMatch).toBeNull();
    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const rerun = await waitForRound(round.id, 'PROPOSED');
    expect(rerun.result).toMatchObject({ proposedCount: 1, keptCount: 1, unmatchedCount: 0 });
    await platform.ok(admin.id, `mutation($id: ID!) { publishMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const third = mentors.find((mentor) => mentor.id !== evaMatch.mentorPerson.id && mentor.id !== eliMatch.mentorPerson.id)!;
    const { myProposedMatches: rematched } = await platform.ok(third.id, `{ myProposedMatches { ${MATCH_FIELDS} } }`);
    expect(rematched.map((match: Record<string, any>) => match.mentee.id)).toEqual([mentees[1].id]);
    await platform.sink.waitFor('a proposal mail to the third mentor', () => platform.sink.to(third.email).length === 1);
    expect((await platform.ok(mentees[0].id, `{ myMentorMatch { status } }`)).myMentorMatch.status).toBe('ACCEPTED');

    const endMatch = `mutation($id: ID!) { endMentorMatch(matchId: $id) { status } }`;
    const byStranger = await platform.graphql(mentees[1].id, endMatch, { id: evaMatch.id });
    expect(byStranger.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await platform.ok(mentees[0].id, endMatch, { id: evaMatch.id })).endMentorMatch.status).toBe('ENDED');
    await platform.sink.waitFor('the end of the match, with the first meeting cancelled, to both', () =>
      platform.sink.to('eva@example.test').length === 2 && platform.sink.to(evaMatch.mentorPerson.email).length === 3,
    );
    for (const mail of [platform.sink.to('eva@example.test')[1], platform.sink.to(evaMatch.mentorPerson.email)[2]]) {
      expect(mail.mimeMethod).toBe('CANCEL');
      expect(mail.calendar).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1, uid: `kennis-mentoring-${evaMatch.id}@kennis.local` });
    }
    await platform.sink.waitFor('the cancellation to the room mailbox', () => platform.sink.to('hopper@rooms.example.test').length === 2);
    expect(platform.sink.to('hopper@rooms.example.test')[1].calendar).toMatchObject({ method: 'CANCEL', sequence: 1 });
    expect((await platform.graphql(mentees[0].id, endMatch, { id: evaMatch.id })).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await platform.ok(mentees[0].id, `{ myMentorMatch { status } }`)).myMentorMatch).toBeNull();
    // The history keeps the meeting's time but says it was called off, with no room.
    const { myMentoringHistory } = await platform.ok(mentees[0].id, `{ myMentoringHistory { id status meetingStartsAt meetingRoom meetingCalledOff } }`);
    expect(myMentoringHistory.find((match: { id: string }) => match.id === evaMatch.id)).toEqual({
      id: evaMatch.id,
      status: 'ENDED',
      meetingStartsAt: accepted.meetingStartsAt,
      meetingRoom: null,
      meetingCalledOff: true,
    });

    await platform.waitForOutboxDrained();
    expect(platform.sink.mails.some((mail) => mail.raw.includes('secret-e2e-value'))).toBe(false);
    expect(platform.sink.duplicates).toBe(0);
  });
});
