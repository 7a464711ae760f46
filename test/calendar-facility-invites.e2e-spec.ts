import ICAL from 'ical.js';
import { createPerson, freePort, inviteMail, type InviteShape, type PersonFixture, sendRawMail, waitUntil } from '@kennis/testing';
import type { CapturedMail } from './support/mail-sink';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;

function slot(hoursAhead: number): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + hoursAhead * HOUR);
  return { startsAt, endsAt: new Date(startsAt.getTime() + HOUR) };
}

/** A team's REPLY parsed back with ical.js: who answers, as what, and with which PARTSTAT and COMMENT. */
function replyOf(mail: CapturedMail) {
  const calendar = new ICAL.Component(ICAL.parse(mail.ics!));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const attendee = event.getFirstProperty('attendee')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    attendee: String(attendee.getFirstValue()).replace(/^mailto:/i, ''),
    cutype: String(attendee.getParameter('cutype')),
    partstat: String(attendee.getParameter('partstat')),
    comment: (event.getFirstPropertyValue('comment') as string | null) ?? null,
  };
}

const REQUESTS = `query($teamId: ID!) { facilityTeamRequests(facilityTeamId: $teamId) {
  id status sessionId summary startsAt endsAt location note organizer calendarUid lastChange decisionReason } }`;

describe('facility teams invited by mail, and rooms booked by a known organizer', () => {
  const platform = new PlatformHarness();
  let smtpPort: number;
  let admin: PersonFixture;
  let bram: PersonFixture;
  let ann: PersonFixture;
  let cateringId: string;
  const catering = 'catering@teams.example.test';

  const send = (raw: Buffer, to: string, from: string) => sendRawMail(smtpPort, raw, to, from);

  const invite = (shape: Partial<InviteShape> & Pick<InviteShape, 'uid' | 'startsAt' | 'endsAt'>) =>
    inviteMail({
      client: 'outlook',
      method: 'REQUEST',
      from: ann.email,
      to: catering,
      summary: 'Team day',
      attendees: [{ address: catering, cutype: 'RESOURCE' }, { address: 'bo@example.test' }],
      ...shape,
    });

  const requests = async () => (await platform.ok(bram.id, REQUESTS, { teamId: cateringId })).facilityTeamRequests;
  const repliesFor = (uid: string) => platform.sink.to(ann.email).filter((mail) => mail.ics && replyOf(mail).uid === uid);

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test', INBOUND_ALLOWED_SENDER_DOMAINS: 'partner.example.test' });
    admin = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    bram = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'FACILITY_MANAGER'], name: 'Bram' });
    ann = await createPerson(platform.dataSource, { email: 'ann@example.test', name: 'Ann' });
    const { createFacilityTeam } = await platform.ok(admin.id, `mutation($input: CreateFacilityTeamInput!) { createFacilityTeam(input: $input) { id } }`, {
      input: { name: 'Catering Utrecht', kind: 'CATERING', site: 'Utrecht', mailbox: catering },
    });
    cateringId = createFacilityTeam.id;
  });

  afterAll(() => platform.stop());

  it('an invite makes a request the team sees, TENTATIVE at once; a re-delivery changes nothing; confirming sends ACCEPTED', async () => {
    const time = slot(48);
    const uid = 'facility-invite-1@example.test';
    const raw = invite({ uid, ...time, description: 'Lunch for 12, two vegetarian', location: 'Utrecht, De Zolder', messageId: '<facility-1@example.test>' });
    expect((await send(raw, catering, ann.email)).response).toMatch(/^250 /);
    await platform.sink.waitFor('the tentative answer', () => repliesFor(uid).length === 1);
    const tentative = repliesFor(uid)[0];
    expect(tentative.parsed.from?.value[0].address).toBe(catering);
    expect(replyOf(tentative)).toEqual(expect.objectContaining({ method: 'REPLY', uid, sequence: 0, attendee: catering, cutype: 'RESOURCE', partstat: 'TENTATIVE' }));
    expect(tentative.parsed.inReplyTo).toBe('<facility-1@example.test>');

    // The same message delivered twice, and the same invite resent under another Message-ID: one request, one answer.
    await send(raw, catering, ann.email);
    await send(invite({ uid, ...time, description: 'Lunch for 12, two vegetarian', location: 'Utrecht, De Zolder' }), catering, ann.email);
    await waitUntil('both deliveries processed', async () => {
      const rows: { n: string }[] = await platform.dataSource.query(`SELECT count(*) AS n FROM inbound_message WHERE calendar_uid = $1 AND status <> 'RECEIVED'`, [uid]);
      return Number(rows[0].n) === 2;
    });
    await platform.waitForOutboxDrained();
    expect(repliesFor(uid)).toHaveLength(1);
    const listed = await requests();
    expect(listed).toEqual([
      {
        id: expect.any(String), status: 'REQUESTED', sessionId: null, summary: 'Team day', startsAt: time.startsAt.toISOString(), endsAt: time.endsAt.toISOString(),
        location: 'Utrecht, De Zolder', note: 'Lunch for 12, two vegetarian', organizer: ann.email, calendarUid: uid, lastChange: null, decisionReason: null,
      },
    ]);

    // Only facility managers and admins answer for teams.
    const forbidden = await platform.graphql(ann.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { id } }`, { id: listed[0].id });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const confirmed = await platform.ok(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: listed[0].id });
    expect(confirmed.confirmFacilityRequest.status).toBe('CONFIRMED');
    const again = await platform.graphql(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: listed[0].id });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    await platform.sink.waitFor('the final answer', () => repliesFor(uid).length === 2);
    const accepted = replyOf(repliesFor(uid)[1]);
    expect(accepted).toEqual(expect.objectContaining({ uid, attendee: catering, cutype: 'RESOURCE', partstat: 'ACCEPTED' }));
    expect(repliesFor(uid)[1].parsed.text).toMatch(/Catering Utrecht confirmed your request/);
  });

  it('an update opens the question again and tells the team; declining sends DECLINED with the reason as COMMENT; a CANCEL withdraws it', async () => {
    const time = slot(72);
    const moved = slot(75);
    const uid = 'facility-invite-2@example.test';
    await send(invite({ client: 'google', uid, ...time, description: 'Coffee for 8' }), catering, ann.email);
    await platform.sink.waitFor('the tentative answer', () => repliesFor(uid).length === 1);
    const [request] = (await requests()).filter((row: { calendarUid: string }) => row.calendarUid === uid);
    await platform.ok(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: request.id });
    await platform.sink.waitFor('the confirmation', () => repliesFor(uid).length === 2);

    // An older SEQUENCE than recorded is ignored once the update is in.
    await send(invite({ client: 'google', uid, sequence: 2, ...moved, description: 'Coffee and cake for 10' }), catering, ann.email);
    await platform.sink.waitFor('the team told of the update', () => platform.sink.to(catering).length === 1);
    const notice = platform.sink.to(catering)[0];
    expect(notice.parsed.subject).toBe('Updated request for Catering Utrecht: Team day');
    expect(notice.parsed.text).toMatch(/note "Coffee for 8" -> "Coffee and cake for 10"/);
    expect(notice.parsed.text).toMatch(/time .* -> /);
    await platform.sink.waitFor('tentative again', () => repliesFor(uid).length === 3);
    expect(replyOf(repliesFor(uid)[2])).toEqual(expect.objectContaining({ sequence: 2, partstat: 'TENTATIVE' }));
    await send(invite({ client: 'google', uid, sequence: 1, ...time, description: 'Coffee for 8' }), catering, ann.email);
    await waitUntil('the stale update processed', async () => {
      const rows: { outcome: string }[] = await platform.dataSource.query(`SELECT outcome FROM inbound_message WHERE calendar_uid = $1 AND status = 'IGNORED'`, [uid]);
      return rows.some((row) => /SEQUENCE 1 is older than 2/.test(row.outcome));
    });
    const [updated] = (await requests()).filter((row: { calendarUid: string }) => row.calendarUid === uid);
    expect(updated).toEqual(expect.objectContaining({ status: 'REQUESTED', note: 'Coffee and cake for 10', startsAt: moved.startsAt.toISOString() }));

    const empty = await platform.graphql(bram.id, `mutation($id: ID!) { declineFacilityRequest(input: { requestId: $id, reason: "" }) { status } }`, { id: request.id });
    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await platform.ok(bram.id, `mutation($id: ID!) { declineFacilityRequest(input: { requestId: $id, reason: "No cake on Fridays" }) { status decisionReason } }`, { id: request.id });
    await platform.sink.waitFor('the decline', () => repliesFor(uid).length === 4);
    expect(replyOf(repliesFor(uid)[3])).toEqual(expect.objectContaining({ sequence: 2, partstat: 'DECLINED', comment: 'No cake on Fridays', cutype: 'RESOURCE' }));

    await send(invite({ client: 'google', method: 'CANCEL', uid, sequence: 3, ...moved }), catering, ann.email);
    await platform.sink.waitFor('the team told of the cancellation', () => platform.sink.to(catering).length === 2);
    expect(platform.sink.to(catering)[1].parsed.subject).toBe('Cancelled request for Catering Utrecht: Team day');
    expect((await requests()).some((row: { calendarUid: string }) => row.calendarUid === uid)).toBe(true);
    const [cancelled] = (await requests()).filter((row: { calendarUid: string }) => row.calendarUid === uid);
    expect(cancelled.status).toBe('CANCELLED');
    const late = await platform.graphql(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: request.id });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
    await platform.waitForOutboxDrained();
    // Nobody answers a CANCEL.
    expect(repliesFor(uid)).toHaveLength(4);
  });

  it('a session\'s requests are in the team\'s list too, and the database holds a request to exactly one subject', async () => {
    const { proposeSession } = await platform.ok(ann.id, `mutation { proposeSession(input: { title: "Crosstraining", description: "x", format: WORKSHOP, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    await platform.ok(ann.id, `mutation($input: RequestFacilityInput!) { requestFacility(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, facilityTeamId: cateringId, note: 'Tea' },
    });
    const own = (await requests()).find((row: { sessionId: string | null }) => row.sessionId === proposeSession.id);
    expect(own).toEqual(expect.objectContaining({ status: 'REQUESTED', summary: 'Crosstraining', note: 'Tea', calendarUid: null }));
    await platform.ok(bram.id, `mutation($id: ID!) { declineFacilityRequest(input: { requestId: $id, reason: "Kitchen closed" }) { id } }`, { id: own.id });
    const { session } = await platform.ok(ann.id, `query($id: ID!) { session(id: $id) { facilityRequests { id status decisionReason } } }`, { id: proposeSession.id });
    expect(session.facilityRequests).toEqual([{ id: own.id, status: 'DECLINED', decisionReason: 'Kitchen closed' }]);

    await expect(
      platform.dataSource.query(
        `INSERT INTO session_facility_request (session_id, facility_team_id, calendar_uid, sequence, organizer_address, summary, starts_at, ends_at)
         VALUES ($1, $2, 'both@example.test', 0, 'ann@example.test', 'x', now(), now())`,
        [proposeSession.id, cateringId],
      ),
    ).rejects.toThrow(/session_facility_request_one_subject/);
    await expect(
      platform.dataSource.query(`INSERT INTO session_facility_request (facility_team_id) VALUES ($1)`, [cateringId]),
    ).rejects.toThrow(/session_facility_request_one_subject/);
  });

  it('a team reads its mail in its own zone: set when created, or its site\'s rooms\' zone; a bad zone is refused', async () => {
    const create = (input: Record<string, unknown>) =>
      platform.graphql(admin.id, `mutation($input: CreateFacilityTeamInput!) { createFacilityTeam(input: $input) { id site timeZone } }`, { input });
    const bad = await create({ name: 'AV Mars', kind: 'AV', mailbox: 'av@mars.example.test', timeZone: 'Mars/Olympus_Mons' });
    expect(bad.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'timeZone' }));
    expect(bad.errors?.[0].message).toMatch(/timeZone must be an IANA time zone/);

    // Left out, a team takes its site's zone from the site's rooms; the catering team of Utrecht (no rooms then) the default.
    await platform.ok(admin.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: 'New York', name: 'Hudson', capacity: 8, timeZone: 'America/New_York' },
    });
    const fromSite = await create({ name: 'Catering New York', kind: 'CATERING', site: 'New York', mailbox: 'catering@ny.example.test' });
    expect(fromSite.data!.createFacilityTeam).toEqual(expect.objectContaining({ site: 'New York', timeZone: 'America/New_York' }));
    const { facilityTeams } = await platform.ok(bram.id, `{ facilityTeams { name timeZone } }`);
    expect(facilityTeams).toEqual(expect.arrayContaining([{ name: 'Catering Utrecht', timeZone: 'Europe/Amsterdam' }]));
    const avDesk = 'av@ny.example.test';
    const { data } = await create({ name: 'AV New York', kind: 'AV', mailbox: avDesk, timeZone: 'America/New_York' });
    const avId = data!.createFacilityTeam.id;

    // 14:00 UTC is 09:00 or 10:00 in New York (daylight saving), 15:00 or 16:00 in Amsterdam: the mail reads New York's.
    const day = new Date(Date.now() + 4 * 24 * HOUR);
    const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 14));
    const endsAt = new Date(startsAt.getTime() + HOUR);
    const local = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(instant);
    expect(['09:00', '10:00']).toContain(local(startsAt, 'America/New_York'));
    const uid = 'facility-invite-ny@example.test';
    await send(invite({ client: 'google', uid, startsAt, endsAt, to: avDesk, attendees: [{ address: avDesk, cutype: 'RESOURCE' }] }), avDesk, ann.email);
    await platform.sink.waitFor('the tentative answer', () => repliesFor(uid).length === 1);
    const tentative = repliesFor(uid)[0].parsed.text!;
    expect(tentative).toContain(`${local(startsAt, 'America/New_York')} - `);
    expect(tentative).toContain(`${local(endsAt, 'America/New_York')} (America/New_York)`);
    expect(tentative).not.toContain(local(startsAt, 'Europe/Amsterdam'));
    expect(tentative).toMatch(/Times are in America\/New_York\./);

    // The team's notice of an update and its final answer read in its zone too.
    const later = new Date(startsAt.getTime() + 2 * HOUR);
    await send(invite({ client: 'google', uid, sequence: 1, startsAt: later, endsAt: new Date(later.getTime() + HOUR), to: avDesk, attendees: [{ address: avDesk, cutype: 'RESOURCE' }] }), avDesk, ann.email);
    await platform.sink.waitFor('the team told of the update', () => platform.sink.to(avDesk).length === 1);
    expect(platform.sink.to(avDesk)[0].parsed.text).toContain(`-> ${new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', dateStyle: 'medium', timeStyle: 'short' }).format(later)}`);
    expect(platform.sink.to(avDesk)[0].parsed.text).toMatch(/Times are in America\/New_York\./);
    await platform.sink.waitFor('tentative again', () => repliesFor(uid).length === 2);
    const [request] = (await platform.ok(bram.id, REQUESTS, { teamId: avId })).facilityTeamRequests;
    await platform.ok(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: request.id });
    await platform.sink.waitFor('the confirmation', () => repliesFor(uid).length === 3);
    expect(repliesFor(uid)[2].parsed.text).toContain(`${local(later, 'America/New_York')} - `);
    expect(replyOf(repliesFor(uid)[2])).toEqual(expect.objectContaining({ uid, attendee: avDesk, partstat: 'ACCEPTED' }));
  });

  it('a recurring invite (Google): the team sees each occurrence, confirms the series but one, and the REPLY declines that RECURRENCE-ID', async () => {
    const SERIES = `query($teamId: ID!) { facilityTeamRequests(facilityTeamId: $teamId) { id status calendarUid startsAt endsAt occurrences { recurrenceId startsAt endsAt declinedReason } } }`;
    const seriesOf = async (uid: string) =>
      ((await platform.ok(bram.id, SERIES, { teamId: cateringId })).facilityTeamRequests as { id: string; status: string; calendarUid: string; startsAt: string; endsAt: string; occurrences: { recurrenceId: string; startsAt: string; endsAt: string; declinedReason: string | null }[] }[]).find(
        (row) => row.calendarUid === uid,
      )!;
    const first = slot(24 * 5);
    const week = 7 * 24 * HOUR;
    const at = (weeks: number) => new Date(first.startsAt.getTime() + weeks * week).toISOString();
    const uid = 'facility-series-google@example.test';
    // Weekly, four times, the second one taken out with EXDATE: three occurrences for the team.
    await send(invite({ client: 'google', uid, ...first, rrule: 'FREQ=WEEKLY;COUNT=4', exdates: [new Date(at(1))], description: 'Lunch for 6' }), catering, ann.email);
    await platform.sink.waitFor('the tentative answer', () => repliesFor(uid).length === 1);
    const tentative = new ICAL.Component(ICAL.parse(repliesFor(uid)[0].ics!));
    expect(tentative.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(replyOf(repliesFor(uid)[0])).toEqual(expect.objectContaining({ uid, partstat: 'TENTATIVE', attendee: catering }));
    expect(repliesFor(uid)[0].parsed.text).toMatch(/3 occurrences/);
    const series = await seriesOf(uid);
    expect(series.occurrences.map((occurrence) => occurrence.recurrenceId)).toEqual([at(0), at(2), at(3)]);
    expect(series.occurrences.map((occurrence) => occurrence.startsAt)).toEqual([at(0), at(2), at(3)]);
    expect(series).toEqual(expect.objectContaining({ status: 'REQUESTED', startsAt: at(0), endsAt: new Date(new Date(at(3)).getTime() + HOUR).toISOString() }));

    const CONFIRM = `mutation($input: ConfirmFacilityRequestInput!) { confirmFacilityRequest(input: $input) { status occurrences { recurrenceId declinedReason } } }`;
    const unknown = await platform.graphql(bram.id, CONFIRM, { input: { requestId: series.id, declinedOccurrences: [at(1)] } });
    expect(unknown.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'declinedOccurrences' }));
    const every = await platform.graphql(bram.id, CONFIRM, { input: { requestId: series.id, declinedOccurrences: [at(0), at(2), at(3)] } });
    expect(every.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'declinedOccurrences' }));
    const { confirmFacilityRequest } = await platform.ok(bram.id, CONFIRM, { input: { requestId: series.id, message: 'No kitchen that day', declinedOccurrences: [at(2)] } });
    expect(confirmFacilityRequest).toEqual({
      status: 'CONFIRMED',
      occurrences: [
        { recurrenceId: at(0), declinedReason: null },
        { recurrenceId: at(2), declinedReason: 'No kitchen that day' },
        { recurrenceId: at(3), declinedReason: null },
      ],
    });

    // One REPLY: the series ACCEPTED, and a component for the declined RECURRENCE-ID (RFC 5546 3.2.3).
    await platform.sink.waitFor('the final answer', () => repliesFor(uid).length === 2);
    const answer = repliesFor(uid)[1];
    const events = new ICAL.Component(ICAL.parse(answer.ics!)).getAllSubcomponents('vevent');
    const shown = events.map((event) => ({
      recurrenceId: event.getFirstPropertyValue('recurrence-id') ? (event.getFirstPropertyValue('recurrence-id') as ICAL.Time).toJSDate().toISOString() : null,
      partstat: String(event.getFirstProperty('attendee')!.getParameter('partstat')),
      uid: String(event.getFirstPropertyValue('uid')),
    }));
    expect(shown).toEqual([
      { recurrenceId: null, partstat: 'ACCEPTED', uid },
      { recurrenceId: at(2), partstat: 'DECLINED', uid },
    ]);
    // Clients that show only the series' answer still name the date the team cannot serve.
    expect(replyOf(answer).comment).toMatch(/Except .*: No kitchen that day/);
    expect(answer.parsed.text).toMatch(/Occurrences:[\s\S]*No kitchen that day/);

    // Google cancels the first occurrence alone: the team is told, its decision on the rest stands, nobody answers.
    await send(invite({ client: 'google', method: 'CANCEL', uid, sequence: 1, recurrenceId: new Date(at(0)), ...first }), catering, ann.email);
    await platform.sink.waitFor('the team told of the cancelled occurrence', () => platform.sink.to(catering).some((mail) => /occurrence .* cancelled/.test(mail.parsed.text ?? '')));
    const notice = platform.sink.to(catering).find((mail) => /occurrence .* cancelled/.test(mail.parsed.text ?? ''))!;
    expect(notice.parsed.text).toMatch(/Your decision on the rest stands \(confirmed\)/);
    const after = await seriesOf(uid);
    expect(after).toEqual(expect.objectContaining({ status: 'CONFIRMED', startsAt: at(2) }));
    expect(after.occurrences.map((occurrence) => occurrence.recurrenceId)).toEqual([at(2), at(3)]);
    await platform.waitForOutboxDrained();
    expect(repliesFor(uid)).toHaveLength(2);
  });

  it('a recurring invite (Outlook, Windows zone): an override of one occurrence moves it and asks the team again', async () => {
    const SERIES = `query($teamId: ID!) { facilityTeamRequests(facilityTeamId: $teamId) { id status calendarUid lastChange occurrences { recurrenceId startsAt endsAt } } }`;
    const seriesOf = async (uid: string) =>
      ((await platform.ok(bram.id, SERIES, { teamId: cateringId })).facilityTeamRequests as { id: string; status: string; calendarUid: string; lastChange: string | null; occurrences: { recurrenceId: string; startsAt: string; endsAt: string }[] }[]).find(
        (row) => row.calendarUid === uid,
      )!;
    const first = slot(24 * 6 + 2);
    const uid = 'facility-series-outlook@example.test';
    await send(invite({ client: 'outlook', uid, ...first, rrule: 'FREQ=WEEKLY;COUNT=3', description: 'Coffee for 10' }), catering, ann.email);
    await platform.sink.waitFor('the tentative answer', () => repliesFor(uid).length === 1);
    const series = await seriesOf(uid);
    expect(series.occurrences).toHaveLength(3);
    expect(series.occurrences[0].startsAt).toBe(first.startsAt.toISOString());
    const second = series.occurrences[1];

    // Outlook sends the moved occurrence alone, with its RECURRENCE-ID and a higher SEQUENCE.
    const movedStart = new Date(new Date(second.startsAt).getTime() + 2 * HOUR);
    const movedEnd = new Date(movedStart.getTime() + HOUR);
    await send(invite({ client: 'outlook', uid, sequence: 1, recurrenceId: new Date(second.recurrenceId), startsAt: movedStart, endsAt: movedEnd }), catering, ann.email);
    await platform.sink.waitFor('the team told of the move', () => platform.sink.to(catering).some((mail) => mail.parsed.subject === 'Updated request for Catering Utrecht: Team day' && /occurrence .* -> /.test(mail.parsed.text ?? '')));
    await platform.sink.waitFor('tentative again', () => repliesFor(uid).length === 2);
    expect(replyOf(repliesFor(uid)[1])).toEqual(expect.objectContaining({ sequence: 1, partstat: 'TENTATIVE' }));
    const moved = await seriesOf(uid);
    expect(moved.status).toBe('REQUESTED');
    expect(moved.occurrences.map((occurrence) => occurrence.recurrenceId)).toEqual(series.occurrences.map((occurrence) => occurrence.recurrenceId));
    expect(moved.occurrences[1]).toEqual({ recurrenceId: second.recurrenceId, startsAt: movedStart.toISOString(), endsAt: movedEnd.toISOString() });

    // Confirmed whole: one REPLY for the series, no per-occurrence components.
    await platform.ok(bram.id, `mutation($id: ID!) { confirmFacilityRequest(input: { requestId: $id }) { status } }`, { id: moved.id });
    await platform.sink.waitFor('the final answer', () => repliesFor(uid).length === 3);
    const events = new ICAL.Component(ICAL.parse(repliesFor(uid)[2].ics!)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(replyOf(repliesFor(uid)[2])).toEqual(expect.objectContaining({ uid, sequence: 1, partstat: 'ACCEPTED', cutype: 'RESOURCE' }));
  });

  it('a room booked by invite records a known organizer as its booker, and an outside organizer as nobody', async () => {
    const mailbox = 'zolder@rooms.example.test';
    await platform.ok(admin.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: 'Utrecht', name: 'De Zolder', capacity: 12, resourceMailbox: mailbox },
    });
    const roomInvite = (from: string, uid: string, time: { startsAt: Date; endsAt: Date }) =>
      inviteMail({ client: 'apple', method: 'REQUEST', from, to: mailbox, uid, ...time, attendees: [{ address: mailbox, cutype: 'ROOM' }] });
    await send(roomInvite(ann.email, 'booked-by-ann@example.test', slot(30)), mailbox, ann.email);
    await send(roomInvite('guest@partner.example.test', 'booked-by-guest@example.test', slot(33)), mailbox, 'guest@partner.example.test');
    const bookers = async () =>
      (await platform.dataSource.query(
        `SELECT i.calendar_uid AS uid, b.booked_by_id AS "bookedById" FROM room_invite_booking i JOIN room_booking b ON b.id = i.room_booking_id ORDER BY i.calendar_uid`,
      )) as { uid: string; bookedById: string | null }[];
    await waitUntil('both bookings recorded', async () => (await bookers()).length === 2);
    expect(await bookers()).toEqual([
      { uid: 'booked-by-ann@example.test', bookedById: ann.id },
      { uid: 'booked-by-guest@example.test', bookedById: null },
    ]);
    // So Ann's "my room bookings" and her commitments both include it.
    const { myRoomBookings } = await platform.ok(ann.id, `{ myRoomBookings { title } }`);
    expect(myRoomBookings).toHaveLength(1);
  });
});
