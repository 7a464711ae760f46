import { createPerson, createProposedSession, createRoom, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

/**
 * A mutation's audit entry commits with its change or not at all. The audit write is made to fail by a
 * real CHECK constraint on audit_entry (added for one action at a time), and the change must be gone.
 */
describe('the audit log is written in the transaction of the change it records', () => {
  const api = new ApiHarness();
  let admin: PersonFixture;
  let gus: PersonFixture;

  beforeAll(async () => {
    await api.start();
    admin = await createPerson(api.dataSource, { name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    gus = await createPerson(api.dataSource, { name: 'Gus' });
  });

  afterAll(() => api.stop());

  /** Until `work` is done, PostgreSQL refuses every audit entry of this action. */
  const refusingAuditOf = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    // NOT VALID: the entries already there are not checked, only new ones.
    await api.dataSource.query(`ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_refused_in_test CHECK (action <> '${action}') NOT VALID`);
    try {
      return await work();
    } finally {
      await api.dataSource.query(`ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_refused_in_test`);
    }
  };
  const entries = (action: string, targetId: string) =>
    api.dataSource.query(`SELECT actor_id, target_id FROM audit_entry WHERE action = $1 AND target_id = $2`, [action, targetId]);

  it('rolls back a role change whose audit entry cannot be written, and commits both once it can', async () => {
    const SET_ROLES = 'mutation($id: ID!) { setPersonRoles(input: { personId: $id, roles: [EMPLOYEE, FACILITY_MANAGER] }) { roles } }';
    const refused = await refusingAuditOf('person-roles-set', () => api.graphql(admin.id, SET_ROLES, { id: gus.id }));
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const [unchanged] = await api.dataSource.query(`SELECT roles FROM person WHERE id = $1`, [gus.id]);
    expect(unchanged.roles).toEqual(['EMPLOYEE']);
    expect(await entries('person-roles-set', gus.id)).toEqual([]);

    expect(await api.ok(admin.id, SET_ROLES, { id: gus.id })).toEqual({ setPersonRoles: { roles: ['EMPLOYEE', 'FACILITY_MANAGER'] } });
    expect(await entries('person-roles-set', gus.id)).toEqual([{ actor_id: admin.id, target_id: gus.id }]);
  });

  it('rolls back an admin scheduling a session, its room booking and its mail, when the entry cannot be written', async () => {
    const host = await createPerson(api.dataSource, { name: 'Hanna Host' });
    const room = await createRoom(api.dataSource, {});
    const session = await createProposedSession(api.dataSource, host.id, { capacity: 5 });
    const SCHEDULE = 'mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { status } }';
    const input = { sessionId: session.id, startsAt: '2031-05-01T10:00:00Z', roomId: room.id };
    const state = async () =>
      (
        await api.dataSource.query(
          `SELECT (SELECT status FROM session WHERE id = $1) AS status,
                  (SELECT count(*)::int FROM room_booking WHERE room_id = $2) AS bookings,
                  (SELECT count(*)::int FROM outbox_message WHERE payload->>'sessionId' = $1::text) AS messages`,
          [session.id, room.id],
        )
      )[0];
    const before = await state();

    const refused = await refusingAuditOf('admin-scheduleSession', () => api.graphql(admin.id, SCHEDULE, { input }));
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await state()).toEqual(before);

    expect(await api.ok(admin.id, SCHEDULE, { input })).toEqual({ scheduleSession: { status: 'SCHEDULED' } });
    const after = await state();
    expect(after).toMatchObject({ status: 'SCHEDULED', bookings: before.bookings + 1 });
    expect(after.messages).toBeGreaterThan(before.messages);
    const [entry] = await api.dataSource.query(`SELECT actor_id, details FROM audit_entry WHERE action = 'admin-scheduleSession'`);
    expect(entry).toMatchObject({ actor_id: admin.id, details: { operation: 'scheduleSession', arguments: { input: { sessionId: session.id } } } });
  });

  it('rolls back a new room and a retirement whose audit entries cannot be written', async () => {
    const CREATE = 'mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }';
    const input = { site: 'Utrecht', name: 'Audit proof', capacity: 8, equipment: [], resourceMailbox: 'audit-proof@rooms.example.com' };
    const roomsNamed = () => api.dataSource.query(`SELECT id, active FROM room WHERE name = 'Audit proof'`);
    const refused = await refusingAuditOf('room-created', () => api.graphql(admin.id, CREATE, { input }));
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await roomsNamed()).toEqual([]);

    const { createRoom } = await api.ok<{ createRoom: { id: string } }>(admin.id, CREATE, { input });
    expect(await entries('room-created', createRoom.id)).toEqual([{ actor_id: admin.id, target_id: createRoom.id }]);
    const RETIRE = 'mutation($id: ID!) { retireRoom(roomId: $id) { active } }';
    const notRetired = await refusingAuditOf('room-retired', () => api.graphql(admin.id, RETIRE, { id: createRoom.id }));
    expect(notRetired.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await roomsNamed()).toEqual([{ id: createRoom.id, active: true }]);
    expect(await api.ok(admin.id, RETIRE, { id: createRoom.id })).toEqual({ retireRoom: { active: false } });
  });

  it('records a refused mutation nowhere', async () => {
    const refused = await api.graphql(admin.id, 'mutation($id: ID!) { setPersonRoles(input: { personId: $id, roles: [EMPLOYEE] }) { id } }', {
      id: '7c1e0c1e-0000-4000-8000-000000000000',
    });
    expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await entries('person-roles-set', '7c1e0c1e-0000-4000-8000-000000000000')).toEqual([]);
  });
});
