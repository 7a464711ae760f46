import { buildPerson, createPeople, createPerson, type PersonFixture } from '@kennis/testing';
import type { CapturedMail } from './support/mail-sink';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;

function expectCalendar(mail: CapturedMail, method: 'REQUEST' | 'CANCEL', sequence: number): void {
  expect(mail.calendar).not.toBeNull();
  expect(mail.mimeMethod).toBe(method);
  expect(mail.calendar!.method).toBe(method);
  expect(mail.calendar!.sequence).toBe(sequence);
  if (method === 'CANCEL') expect(mail.calendar!.status).toBe('CANCELLED');
}

describe('calendar invites for every change, through the outbox and the worker', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;
  let ada: PersonFixture;
  let bo: PersonFixture;
  let cy: PersonFixture;
  let facility: PersonFixture;

  beforeAll(async () => {
    await platform.start();
    facility = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'FACILITY_MANAGER'] });
    [host, ada, bo, cy] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Hanna Host', email: 'hanna@example.test', language: 'nl', timeZone: 'Europe/Amsterdam' }),
      buildPerson({ name: 'Ada', email: 'ada@example.test', language: 'en', timeZone: 'America/New_York' }),
      buildPerson({ name: 'Bo', email: 'bo@example.test' }),
      buildPerson({ name: 'Cy', email: 'cy@example.test', language: 'nl' }),
    ]);
  });

  afterAll(() => platform.stop());

  it('invites, updates, promotes, moves and cancels, each with the right METHOD, UID and SEQUENCE', async () => {
    const room = async (name: string, mailbox: string) =>
      (
        await platform.ok(facility.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
          input: { site: 'Utrecht', name, capacity: 10, resourceMailbox: mailbox },
        })
      ).createRoom.id as string;
    const turing = await room('Turing', 'turing@rooms.example.test');
    const hopper = await room('Hopper', 'hopper@rooms.example.test');
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation { proposeSession(input: { title: "Sketching; with, commas", description: "Line one\\nLine two", format: WORKSHOP, language: "nl", capacity: 2, durationMinutes: 90 }) { id } }`,
    );
    const sessionId = proposeSession.id as string;
    const startsAt = new Date(Date.now() + 48 * HOUR);
    startsAt.setUTCSeconds(0, 0);
    const schedule = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
    await platform.ok(host.id, schedule, { input: { sessionId, startsAt: startsAt.toISOString(), roomId: turing } });

    await platform.sink.waitFor('invites to host and room', (mails) => mails.length >= 2);
    const [hostInvite] = platform.sink.to('hanna@example.test');
    expectCalendar(hostInvite, 'REQUEST', 0);
    expect(hostInvite.calendar!.start.toISOString()).toBe(startsAt.toISOString());
    expect(hostInvite.calendar!.end.toISOString()).toBe(new Date(startsAt.getTime() + 90 * 60_000).toISOString());
    // Kennis's organizer mailbox (INBOUND_ORGANIZER_ADDRESS) organizes, so replies come back to it; the host chairs.
    expect(hostInvite.calendar!.organizer).toBe('mailto:sessions@kennis.local');
    expect(hostInvite.ics).toMatch(/CN="?Hanna Host via Kennis/);
    expect(hostInvite.calendar!.attendees.join('\n')).toMatch(/ROLE=CHAIR[^\n]*hanna@example\.test/i);
    expect(hostInvite.parsed.replyTo?.value[0].address).toBe('sessions@kennis.local');
    expect(hostInvite.parsed.subject).toMatch(/Sketching; with, commas/);
    expect(hostInvite.parsed.text).toBeTruthy();
    expect(hostInvite.parsed.html).toBeTruthy();
    const uid = hostInvite.calendar!.uid;
    const [roomInvite] = platform.sink.to('turing@rooms.example.test');
    expectCalendar(roomInvite, 'REQUEST', 0);
    expect(roomInvite.calendar!.uid).toBe(uid);
    expect(roomInvite.calendar!.attendees.join('\n')).toMatch(/CUTYPE=ROOM[^\n]*turing@rooms\.example\.test/i);

    const join = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`;
    await platform.ok(ada.id, join, { id: sessionId });
    await platform.ok(bo.id, join, { id: sessionId });
    await platform.ok(cy.id, join, { id: sessionId });
    await platform.sink.waitFor('invites to Ada and Bo, waitlist mail to Cy', () =>
      platform.sink.to('ada@example.test').length === 1 && platform.sink.to('bo@example.test').length === 1 && platform.sink.to('cy@example.test').length === 1,
    );
    expectCalendar(platform.sink.to('ada@example.test')[0], 'REQUEST', 0);
    expect(platform.sink.to('ada@example.test')[0].calendar!.attendees.join('\n')).toMatch(/PARTSTAT=NEEDS-ACTION/);
    const waitlisted = platform.sink.to('cy@example.test')[0];
    expect(waitlisted.calendar).toBeNull();
    expect(waitlisted.parsed.text).toMatch(/1/);

    await platform.ok(bo.id, `mutation($id: ID!) { leaveSession(sessionId: $id) { id } }`, { id: sessionId });
    await platform.sink.waitFor('a cancellation to Bo and an invite to Cy', () =>
      platform.sink.to('bo@example.test').length === 2 && platform.sink.to('cy@example.test').length === 2,
    );
    expectCalendar(platform.sink.to('bo@example.test')[1], 'CANCEL', 0);
    expectCalendar(platform.sink.to('cy@example.test')[1], 'REQUEST', 0);

    const later = new Date(startsAt.getTime() + 24 * HOUR);
    const reschedule = `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`;
    await platform.ok(host.id, reschedule, { input: { sessionId, startsAt: later.toISOString(), roomId: turing } });
    await platform.sink.waitFor('updates with SEQUENCE 1 to host, Ada, Cy and the room', () =>
      ['hanna@example.test', 'ada@example.test', 'cy@example.test', 'turing@rooms.example.test'].every((address) =>
        platform.sink.to(address).some((mail) => mail.calendar?.sequence === 1),
      ),
    );
    const adaUpdate = platform.sink.to('ada@example.test').find((mail) => mail.calendar?.sequence === 1)!;
    expectCalendar(adaUpdate, 'REQUEST', 1);
    expect(adaUpdate.calendar!.uid).toBe(uid);
    expect(adaUpdate.calendar!.start.toISOString()).toBe(later.toISOString());
    // The update says what changed: the old time beside the new one; the room stayed, so no place line.
    expect(adaUpdate.parsed.text).toMatch(/(Tijd|Time): [^\n]+ -> [^\n]+/);
    expect(adaUpdate.parsed.text).not.toMatch(/(Plaats|Place): /);
    expect(platform.sink.to('bo@example.test')).toHaveLength(2);

    await platform.ok(host.id, `mutation($input: MoveSessionInput!) { moveSession(input: $input) { id } }`, {
      input: { sessionId, roomId: hopper },
    });
    await platform.sink.waitFor('a cancellation to the old room and an invite to the new one', () =>
      platform.sink.to('turing@rooms.example.test').some((mail) => mail.calendar?.method === 'CANCEL') &&
      platform.sink.to('hopper@rooms.example.test').length === 1,
    );
    const oldRoom = platform.sink.to('turing@rooms.example.test').find((mail) => mail.calendar?.method === 'CANCEL')!;
    expectCalendar(oldRoom, 'CANCEL', 2);
    // The old room's cancellation names the slot it had: its own name, the time it was booked for.
    expect(oldRoom.calendar!.start.toISOString()).toBe(later.toISOString());
    expect(oldRoom.parsed.text).toMatch(/Reservering voor Utrecht \/ Turing/);
    expect(oldRoom.parsed.text).toMatch(/Waar: Utrecht \/ Turing/);
    await platform.sink.waitFor('the move update to the host', () => platform.sink.to('hanna@example.test').some((mail) => mail.calendar?.sequence === 2));
    const hostMoved = platform.sink.to('hanna@example.test').find((mail) => mail.calendar?.sequence === 2)!;
    expect(hostMoved.parsed.text).toMatch(/(Plaats|Place): Utrecht \/ Turing -> Utrecht \/ Hopper/);
    expectCalendar(platform.sink.to('hopper@rooms.example.test')[0], 'REQUEST', 2);

    await platform.ok(host.id, `mutation($id: ID!) { cancelSession(sessionId: $id) { status } }`, { id: sessionId });
    await platform.sink.waitFor('cancellations with SEQUENCE 3 to everyone in it and the room', () =>
      ['hanna@example.test', 'ada@example.test', 'cy@example.test', 'hopper@rooms.example.test'].every((address) =>
        platform.sink.to(address).some((mail) => mail.calendar?.method === 'CANCEL' && mail.calendar.sequence === 3),
      ),
    );
    for (const mail of platform.sink.mails) {
      if (mail.calendar) {
        expect(mail.calendar.uid).toBe(uid);
        expect(mail.mimeMethod).toBe(mail.calendar.method);
      }
    }
    const [booking] = await platform.dataSource.query(
      `SELECT count(*)::int AS confirmed FROM room_booking WHERE status = 'CONFIRMED' AND room_id = $1`,
      [hopper],
    );
    expect(booking.confirmed).toBe(0);
    await platform.waitForOutboxDrained();
    expect(await platform.outboxStates(sessionId)).not.toHaveProperty('FAILED');
    const ids = platform.sink.mails.map((mail) => mail.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows hosts what was sent to whom, and refuses others', async () => {
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation { proposeSession(input: { title: "Delivery log", format: TALK, language: "en", capacity: 5, durationMinutes: 30, onlineUrl: "https://meet.example.test/log" }) { id } }`,
    );
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: new Date(Date.now() + 72 * HOUR).toISOString() },
    });
    await platform.ok(ada.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: proposeSession.id });
    await platform.waitForOutboxDrained();
    const log = `query($id: ID!) { sessionMessages(sessionId: $id) { kind recipient status attempts } }`;
    const { sessionMessages } = await platform.ok(host.id, log, { id: proposeSession.id });
    expect(sessionMessages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'INVITE', recipient: 'hanna@example.test', status: 'DONE', attempts: 1 }),
        expect.objectContaining({ kind: 'INVITE', recipient: 'ada@example.test', status: 'DONE' }),
      ]),
    );
    const refused = await platform.graphql(ada.id, log, { id: proposeSession.id });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    // A message that failed for good: admins see it and send it again.
    const [[adaInvite]] = await platform.dataSource.query(
      `UPDATE outbox_message SET status = 'FAILED', last_error = 'mailbox full' WHERE session_id = $1 AND payload->>'personId' = $2
       RETURNING id::text AS id`,
      [proposeSession.id, ada.id],
    );
    const admin = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    const { failedMessages } = await platform.ok(admin.id, `{ failedMessages { id recipient lastError } }`);
    expect(failedMessages).toContainEqual({ id: adaInvite.id, recipient: 'ada@example.test', lastError: 'mailbox full' });
    expect((await platform.graphql(host.id, `{ failedMessages { id } }`)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const before = platform.sink.to('ada@example.test').length;
    await platform.ok(admin.id, `mutation($id: ID!) { retryMessage(messageId: $id) }`, { id: adaInvite.id });
    await platform.sink.waitFor('the retried invite to Ada', () => platform.sink.to('ada@example.test').length === before + 1);
    // The SMTP server has the mail a moment before the worker commits the row as DONE.
    await platform.waitForOutboxDrained();
    const [retried] = await platform.dataSource.query(`SELECT status, attempts FROM outbox_message WHERE id = $1`, [adaInvite.id]);
    expect(retried).toEqual({ status: 'DONE', attempts: 1 });
  });

  it('invites facility teams as RESOURCE attendees, and cancels when they are no longer needed', async () => {
    const { createFacilityTeam: catering } = await platform.ok(
      facility.id,
      `mutation { createFacilityTeam(input: { name: "Catering Utrecht", kind: CATERING, site: "Utrecht", mailbox: "catering@facilities.example.test" }) { id } }`,
    );
    const { createFacilityTeam: av } = await platform.ok(
      facility.id,
      `mutation { createFacilityTeam(input: { name: "AV desk", kind: AV, mailbox: "av@facilities.example.test" }) { id } }`,
    );
    const refused = await platform.graphql(ada.id, `mutation { createFacilityTeam(input: { name: "X", kind: OTHER, mailbox: "x@example.test" }) { id } }`);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation { proposeSession(input: { title: "Lunch and learn with food", format: LUNCH_AND_LEARN, language: "en", capacity: 10, durationMinutes: 60, onlineUrl: "https://meet.example.test/lunch" }) { id } }`,
    );
    const sessionId = proposeSession.id as string;
    const request = `mutation($input: RequestFacilityInput!) { requestFacility(input: $input) { facilityRequests { team { name } note } } }`;
    const { requestFacility } = await platform.ok(host.id, request, { input: { sessionId, facilityTeamId: catering.id, note: 'Lunch for 10, two vegetarian' } });
    expect(requestFacility.facilityRequests).toEqual([{ team: { name: 'Catering Utrecht' }, note: 'Lunch for 10, two vegetarian' }]);
    const notHost = await platform.graphql(ada.id, request, { input: { sessionId, facilityTeamId: av.id } });
    expect(notHost.errors?.[0].extensions.code).toBe('FORBIDDEN');

    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 96 * HOUR).toISOString() },
    });
    await platform.sink.waitFor('the invite to catering', () => platform.sink.to('catering@facilities.example.test').length === 1);
    const cateringInvite = platform.sink.to('catering@facilities.example.test')[0];
    expectCalendar(cateringInvite, 'REQUEST', 0);
    expect(cateringInvite.calendar!.attendees.join('\n')).toMatch(/CUTYPE=RESOURCE[^\n]*catering@facilities\.example\.test/i);
    // The note and the head count, in the mail and in the calendar item's DESCRIPTION.
    expect(cateringInvite.parsed.text).toContain('Note: Lunch for 10, two vegetarian\nExpected: 0 signed up, room for 10');
    const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded(cateringInvite.ics ?? '')).toMatch(/DESCRIPTION:[^\r\n]*Note: Lunch for 10\\, two vegetarian\\nExpected: 0 signed up\\, room for 10/);

    // Asking again with another note is how the host changes it: the team gets an update, same SEQUENCE.
    await platform.ok(ada.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: sessionId });
    await platform.ok(host.id, request, { input: { sessionId, facilityTeamId: catering.id, note: 'Lunch for 12, three vegetarian' } });
    await platform.sink.waitFor('the note update to catering', () => platform.sink.to('catering@facilities.example.test').length === 2);
    const noteUpdate = platform.sink.to('catering@facilities.example.test')[1];
    expectCalendar(noteUpdate, 'REQUEST', 0);
    // The update quotes the old note beside the new one, in the mail and in the calendar item.
    expect(noteUpdate.parsed.text).toContain('Note: Lunch for 12, three vegetarian\nNote before: Lunch for 10, two vegetarian\nExpected: 1 signed up, room for 10');
    expect(unfolded(noteUpdate.ics ?? '')).toMatch(/DESCRIPTION:[^\r\n]*Note: Lunch for 12\\, three vegetarian\\nNote before: Lunch for 10\\, two vegetarian/);
    // The same note again changes nothing and sends nothing.
    await platform.ok(host.id, request, { input: { sessionId, facilityTeamId: catering.id, note: 'Lunch for 12, three vegetarian' } });

    await platform.ok(host.id, request, { input: { sessionId, facilityTeamId: av.id, note: 'A microphone' } });
    await platform.sink.waitFor('the invite to AV, asked for after scheduling', () => platform.sink.to('av@facilities.example.test').length === 1);
    await platform.ok(host.id, `mutation($id: ID!, $team: ID!) { withdrawFacilityRequest(sessionId: $id, facilityTeamId: $team) { id } }`, {
      id: sessionId,
      team: av.id,
    });
    await platform.sink.waitFor('a cancellation to AV', () => platform.sink.to('av@facilities.example.test').length === 2);
    expectCalendar(platform.sink.to('av@facilities.example.test')[1], 'CANCEL', 0);

    await platform.ok(host.id, `mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: sessionId });
    await platform.sink.waitFor('a cancellation to catering', () => platform.sink.to('catering@facilities.example.test').length === 3);
    expectCalendar(platform.sink.to('catering@facilities.example.test')[2], 'CANCEL', 1);
    expect(platform.sink.to('av@facilities.example.test')).toHaveLength(2);
  });
});
