import { buildPerson, createPeople, createPerson, createRoom, freePort, inviteMail, sendRawMail, waitUntil } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const DAY = 86_400_000;
const MATCH = `id status meetingStartsAt meetingEndsAt meetingRoom mentorMeetingAnswer menteeMeetingAnswer`;

describe('a mentoring first meeting answered from a calendar', () => {
  const platform = new PlatformHarness();
  let smtpPort: number;
  const organizer = 'sessions@kennis.test';
  const roomMailbox = 'lovelace@rooms.replies.test';

  const send = (raw: Buffer, from: string) => sendRawMail(smtpPort, raw, organizer, from);

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: organizer, MENTORING_FIRST_MEETING_NOTICE_HOURS: '24' });
  });

  afterAll(() => platform.stop());

  it('records ACCEPTED and TENTATIVE per person; a DECLINED moves the meeting to the next slot, tells both in their language, updates the room; an older SEQUENCE is ignored', async () => {
    const admin = await createPerson(platform.dataSource, { name: 'Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    const [mentor, mentee] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Bas Mentor', email: 'bas@replies.test', department: 'Platform', language: 'nl', site: 'Amsterdam' }),
      buildPerson({ name: 'Fem Mentee', email: 'fem@replies.test', department: 'Finance', language: 'en', site: 'Amsterdam' }),
    ]);
    await createRoom(platform.dataSource, { site: 'Amsterdam', name: 'Lovelace', capacity: 4, resourceMailbox: roomMailbox });
    await platform.ok(mentor.id, `mutation($input: MentorProfileInput!) { upsertMyMentorProfile(input: $input) { capacity } }`, {
      input: { capacity: 1, languages: ['en', 'nl'], seniorityYears: 15, skillsOffered: [{ name: 'Kotlin', level: 5 }] },
    });
    const { openMentoringRound: round } = await platform.ok(admin.id, `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id } }`, {
      input: { name: 'Replies', deadline: new Date(Date.now() + 14 * DAY).toISOString(), responseDays: 5, matchDurationDays: 60 },
    });
    await platform.ok(mentee.id, `mutation($roundId: ID!, $input: MenteeRequestInput!) { createMyMenteeRequest(roundId: $roundId, input: $input) { id } }`, {
      roundId: round.id,
      input: { goals: 'Grow in Kotlin', languages: ['en'], seniorityYears: 1, skillsWanted: [{ name: 'Kotlin', level: 1 }] },
    });
    await platform.ok(admin.id, `mutation($id: ID!) { runMentoringRound(roundId: $id) { status } }`, { id: round.id });
    await waitUntil('the round proposed', async () => (await platform.ok(admin.id, `query($id: ID!) { mentoringRound(id: $id) { status } }`, { id: round.id })).mentoringRound.status === 'PROPOSED', 60_000);
    await platform.ok(admin.id, `mutation($id: ID!) { publishMentoringRound(roundId: $id) { status } }`, { id: round.id });
    const [proposal] = (await platform.ok(mentor.id, `{ myProposedMatches { id } }`)).myProposedMatches;
    const { acceptMentorMatch: match } = await platform.ok(mentor.id, `mutation($id: ID!) { acceptMentorMatch(matchId: $id) { ${MATCH} } }`, { id: proposal.id });
    expect(match.meetingRoom).toBe('Amsterdam / Lovelace');
    await platform.sink.waitFor('the invites', () => [mentor.email, mentee.email, roomMailbox].every((address) => platform.sink.to(address).some((mail) => mail.calendar?.method === 'REQUEST')));
    const invite = platform.sink.to(mentee.email).find((mail) => mail.calendar?.method === 'REQUEST')!;
    // Kennis organizes the invite, so the answers pressed in a calendar reach it.
    expect(invite.calendar!.organizer).toBe(`mailto:${organizer}`);
    const { uid } = invite.calendar!;
    const first = { startsAt: new Date(match.meetingStartsAt), endsAt: new Date(match.meetingEndsAt) };
    const reply = (from: string, partstat: string, sequence: number) =>
      inviteMail({ client: 'google', method: 'REPLY', from, to: organizer, uid, sequence, ...first, organizer, attendees: [{ address: from, partstat }] });
    const view = async () => (await platform.ok(mentee.id, `{ myMentorMatch { ${MATCH} } }`)).myMentorMatch;

    await send(reply(mentee.email, 'TENTATIVE', 0), mentee.email);
    await waitUntil('the mentee\'s answer recorded', async () => (await view()).menteeMeetingAnswer === 'TENTATIVE');
    await send(reply(mentor.email, 'ACCEPTED', 0), mentor.email);
    await waitUntil('the mentor\'s answer recorded', async () => (await view()).mentorMeetingAnswer === 'ACCEPTED');
    expect((await view()).meetingStartsAt).toBe(match.meetingStartsAt);

    const mailsBefore = (address: string) => platform.sink.to(address).length;
    const [mentorBefore, menteeBefore, roomBefore] = [mailsBefore(mentor.email), mailsBefore(mentee.email), mailsBefore(roomMailbox)];
    await send(reply(mentor.email, 'DECLINED', 0), mentor.email);
    await platform.sink.waitFor('both told and the room updated', () =>
      mailsBefore(mentor.email) > mentorBefore && mailsBefore(mentee.email) > menteeBefore && mailsBefore(roomMailbox) > roomBefore,
    );
    const moved = await view();
    expect(new Date(moved.meetingStartsAt).getTime()).toBeGreaterThan(first.startsAt.getTime());
    expect(moved).toEqual(expect.objectContaining({ status: 'ACCEPTED', mentorMeetingAnswer: null, menteeMeetingAnswer: null }));
    const toMentee = platform.sink.to(mentee.email).at(-1)!;
    const toMentor = platform.sink.to(mentor.email).at(-1)!;
    expect(toMentee.parsed.text).toMatch(/Bas Mentor declined the earlier time in their calendar/);
    expect(toMentor.parsed.text).toMatch(/Je hebt de eerdere tijd in je agenda afgeslagen/);
    // The only room at the site takes the new time: the room gets the update, and no cancellation beside it
    // (a CANCEL of the same UID would take the meeting out of the room's calendar).
    expect(moved.meetingRoom).toBe('Amsterdam / Lovelace');
    await platform.waitForOutboxDrained();
    expect(platform.sink.to(roomMailbox).slice(roomBefore).map((mail) => mail.calendar?.method)).toEqual(['REQUEST']);
    for (const mail of [toMentee, toMentor, platform.sink.to(roomMailbox).at(-1)!]) {
      expect(mail.calendar).toEqual(expect.objectContaining({ method: 'REQUEST', uid, sequence: 1 }));
      expect(mail.calendar!.start.getTime()).toBe(new Date(moved.meetingStartsAt).getTime());
    }

    // A late reply to the first time (SEQUENCE 0) answers a time the meeting no longer has.
    await send(reply(mentee.email, 'DECLINED', 0), mentee.email);
    await waitUntil('the stale reply processed', async () => {
      const rows: { outcome: string }[] = await platform.dataSource.query(`SELECT outcome FROM inbound_message WHERE calendar_uid = $1 AND status = 'IGNORED'`, [uid]);
      return rows.some((row) => /SEQUENCE 0, the meeting is at 1/.test(row.outcome));
    });
    expect((await view()).meetingStartsAt).toBe(moved.meetingStartsAt);
  });
});
