import { createPerson, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;

function at(hoursAhead: number): Date {
  return new Date(Math.ceil(Date.now() / HOUR) * HOUR + hoursAhead * HOUR);
}

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id status roomApprovalRequestedAt room { id } } }`;
const SESSION = `query($id: ID!) { session(id: $id) { status startsAt roomApprovalRequestedAt room { id } } }`;
const FREE = `query($input: FreeRoomsInput!) { freeRooms(input: $input) { id } }`;

describe('sessions in rooms that require approval: held, then scheduled or released by a facility manager', () => {
  const platform = new PlatformHarness();
  let admin: PersonFixture;
  let bram: PersonFixture;
  let host: PersonFixture;
  let roomId: string;
  let openRoomId: string;
  const mailbox = 'boardroom@rooms.example.test';

  const propose = async (title: string) =>
    (
      await platform.ok(host.id, `mutation($title: String!) { proposeSession(input: { title: $title, description: "x", format: TALK, language: "en", capacity: 6, durationMinutes: 60 }) { id } }`, {
        title,
      })
    ).proposeSession.id as string;
  const freeAt = async (startsAt: Date) =>
    (await platform.ok(host.id, FREE, { input: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString(), seats: 2 } })).freeRooms.map(
      (room: { id: string }) => room.id,
    );
  const hostMails = (subject: RegExp) => platform.sink.to(host.email).filter((mail) => subject.test(mail.parsed.subject ?? ''));

  beforeAll(async () => {
    await platform.start();
    admin = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    bram = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'FACILITY_MANAGER'], name: 'Bram' });
    host = await createPerson(platform.dataSource, { email: 'hanna@example.test', name: 'Hanna' });
    const create = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
    roomId = (await platform.ok(admin.id, create, { input: { site: 'Utrecht', name: 'Boardroom', capacity: 10, resourceMailbox: mailbox } })).createRoom.id;
    openRoomId = (await platform.ok(admin.id, create, { input: { site: 'Utrecht', name: 'Open space', capacity: 10 } })).createRoom.id;
    await platform.ok(bram.id, `mutation($id: ID!) { setRoomRules(input: { roomId: $id, requiresApproval: true }) { roomId } }`, { id: roomId });
  });

  afterAll(() => platform.stop());

  it('holds the session and its room and tells the host; approval schedules it with the invites as always', async () => {
    const sessionId = await propose('Board games for learning');
    const startsAt = at(50);
    const { scheduleSession } = await platform.ok(host.id, SCHEDULE, { input: { sessionId, startsAt: startsAt.toISOString(), roomId } });
    expect(scheduleSession).toEqual({ id: sessionId, status: 'PROPOSED', roomApprovalRequestedAt: expect.any(String), room: { id: roomId } });
    // Held: nobody else takes the room meanwhile.
    expect(await freeAt(startsAt)).not.toContain(roomId);
    await platform.sink.waitFor('the host told the room awaits approval', () => hostMails(/^Room awaiting approval: Board games for learning$/).length === 1);
    expect(hostMails(/awaiting approval/)[0].parsed.text).toMatch(/needs a facility manager's approval/);
    expect(hostMails(/awaiting approval/)[0].ics).toBeNull();
    const join = await platform.graphql(host.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: sessionId });
    expect(join.errors).toBeDefined();

    const { pendingRoomApprovals } = await platform.ok(bram.id, `{ pendingRoomApprovals { id sessionId summary organizer status room { id } occurrences { startsAt } } }`);
    expect(pendingRoomApprovals).toEqual([
      { id: sessionId, sessionId, summary: 'Board games for learning', organizer: host.email, status: 'PENDING', room: { id: roomId }, occurrences: [{ startsAt: startsAt.toISOString() }] },
    ]);
    const refusedCaller = await platform.graphql(host.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { id } }`, { id: sessionId });
    expect(refusedCaller.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { approveRoomBooking } = await platform.ok(bram.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { status sessionId } }`, { id: sessionId });
    expect(approveRoomBooking).toEqual({ status: 'APPROVED', sessionId });
    expect((await platform.ok(host.id, SESSION, { id: sessionId })).session).toEqual({ status: 'SCHEDULED', startsAt: startsAt.toISOString(), roomApprovalRequestedAt: null, room: { id: roomId } });
    await platform.sink.waitFor('the invites of the schedule', () => platform.sink.to(mailbox).length === 1 && hostMails(/^Invitation:/).length === 1);
    expect(platform.sink.to(mailbox)[0].calendar).toEqual(expect.objectContaining({ method: 'REQUEST', sequence: 0 }));
    expect(hostMails(/^Invitation:/)[0].calendar!.method).toBe('REQUEST');
    const again = await platform.graphql(bram.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { id } }`, { id: sessionId });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await platform.ok(bram.id, `{ pendingRoomApprovals { id } }`)).pendingRoomApprovals).toEqual([]);
  });

  it('a refusal releases the room, makes the session a proposal again and tells the host why', async () => {
    const sessionId = await propose('Pairing clinic');
    const startsAt = at(54);
    await platform.ok(host.id, SCHEDULE, { input: { sessionId, startsAt: startsAt.toISOString(), roomId } });
    const { refuseRoomBooking } = await platform.ok(bram.id, `mutation($id: ID!) { refuseRoomBooking(input: { approvalId: $id, reason: "Board meeting that day" }) { status reason } }`, {
      id: sessionId,
    });
    expect(refuseRoomBooking).toEqual({ status: 'REFUSED', reason: 'Board meeting that day' });
    expect((await platform.ok(host.id, SESSION, { id: sessionId })).session).toEqual({ status: 'PROPOSED', startsAt: startsAt.toISOString(), roomApprovalRequestedAt: null, room: null });
    expect(await freeAt(startsAt)).toContain(roomId);
    await platform.sink.waitFor('the host told of the refusal', () => hostMails(/^Room refused: Pairing clinic$/).length === 1);
    const refused = hostMails(/^Room refused/)[0];
    expect(refused.parsed.text).toMatch(/Board meeting that day/);
    expect(refused.parsed.text).toMatch(/Boardroom/);
    const late = await platform.graphql(bram.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { id } }`, { id: sessionId });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');

    // The proposal can be scheduled elsewhere at once, and nobody but the hosts heard of the held room.
    await platform.ok(host.id, SCHEDULE, { input: { sessionId, startsAt: startsAt.toISOString(), roomId: openRoomId } });
    await platform.waitForOutboxDrained();
    expect(platform.sink.to(mailbox)).toHaveLength(1);
  });

  it('a scheduled session cannot move into a room that needs approval: a clear error, nothing changes', async () => {
    const sessionId = await propose('Demo day');
    const startsAt = at(58);
    await platform.ok(host.id, SCHEDULE, { input: { sessionId, startsAt: startsAt.toISOString(), roomId: openRoomId } });
    const moved = await platform.graphql(host.id, `mutation($input: MoveSessionInput!) { moveSession(input: $input) { id } }`, { input: { sessionId, roomId } });
    expect(moved.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(moved.errors?.[0].message).toMatch(/Boardroom needs a facility manager's approval/);
    expect((await platform.ok(host.id, SESSION, { id: sessionId })).session.room).toEqual({ id: openRoomId });
    expect(await freeAt(startsAt)).toContain(roomId);
  });
});
