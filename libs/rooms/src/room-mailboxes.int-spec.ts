import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, Role } from '@kennis/auth';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { createRoom, createTestDatabase, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { FacilityKind } from './entities/facility-team.entity';
import { MailboxTakenError } from './errors/rooms.errors';
import { RoomsModule } from './rooms.module';
import { RoomsService } from './services/rooms.service';

/** Inbound mail books or answers the one active room or team whose address it is, so an address has one owner. */
describe('Kennis mailboxes have one owner (real PostgreSQL)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let rooms: RoomsService;
  const manager: Actor = { personId: randomUUID(), roles: [Role.EMPLOYEE, Role.FACILITY_MANAGER] };

  beforeAll(async () => {
    database = await createTestDatabase();
    useTestEnvironment(database.url, {});
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'room-mailboxes-spec' }), RoomsModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    rooms = moduleRef.get(RoomsService);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  const newRoom = (resourceMailbox: string | null) => ({ site: 'Utrecht', name: `Room ${randomUUID().slice(0, 8)}`, capacity: 8, equipment: [], resourceMailbox });
  const newTeam = (mailbox: string) => ({ name: `Team ${randomUUID().slice(0, 8)}`, kind: FacilityKind.CATERING, site: null, mailbox, timeZone: null });
  const counts = async () => (await dataSource.query(`SELECT (SELECT count(*) FROM room)::int AS rooms, (SELECT count(*) FROM facility_team)::int AS teams`))[0];

  it('refuses a room or a team an address an active room or team has, in any case, and changes nothing', async () => {
    const zolder = await createRoom(dataSource, { name: 'De Zolder', resourceMailbox: 'zolder@rooms.example.test' });
    await rooms.createFacilityTeam(manager, newTeam('catering@example.test'));
    const before = await counts();

    await expect(rooms.createRoom(manager, newRoom('ZOLDER@rooms.example.test'))).rejects.toThrow(
      new MailboxTakenError('resourceMailbox', 'ZOLDER@rooms.example.test', 'room De Zolder (Amsterdam)'),
    );
    await expect(rooms.createRoom(manager, newRoom('catering@example.test'))).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'resourceMailbox' }, message: expect.stringMatching(/facility team Team/) });
    await expect(rooms.createFacilityTeam(manager, newTeam('zolder@rooms.example.test'))).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'mailbox' }, message: expect.stringMatching(/room De Zolder/) });
    await expect(rooms.createFacilityTeam(manager, newTeam('Catering@example.test'))).rejects.toBeInstanceOf(MailboxTakenError);
    expect(await counts()).toEqual(before);

    const other = await rooms.createRoom(manager, newRoom('other@rooms.example.test'));
    await expect(rooms.updateRoom(manager, other.id, { resourceMailbox: 'zolder@rooms.example.test' })).rejects.toBeInstanceOf(MailboxTakenError);
    expect((await rooms.getRoom(other.id)).resourceMailbox).toBe('other@rooms.example.test');
    expect((await rooms.updateRoom(manager, other.id, { resourceMailbox: 'other@rooms.example.test', capacity: 9 })).capacity).toBe(9);
    expect((await rooms.findMailboxOwner('zolder@rooms.example.test'))?.kind).toBe('ROOM');
    expect(zolder.id).toBe(((await rooms.findMailboxOwner('zolder@rooms.example.test')) as { room: { id: string } }).room.id);
  });

  it('keeps the addresses Kennis sends from and reads replies at for Kennis', async () => {
    const before = await counts();
    for (const address of ['Sessions@kennis.local', 'kennis@kennis.local']) {
      await expect(rooms.createRoom(manager, newRoom(address))).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'resourceMailbox' }, message: expect.stringMatching(/Kennis itself/) });
      await expect(rooms.createFacilityTeam(manager, newTeam(address))).rejects.toBeInstanceOf(MailboxTakenError);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets a retired room give its address to a new one, and rooms without an address be many', async () => {
    const old = await rooms.createRoom(manager, newRoom('handed-on@rooms.example.test'));
    await rooms.retireRoom(manager, old.id, new Date());
    const successor = await rooms.createRoom(manager, newRoom('handed-on@rooms.example.test'));
    expect(successor.resourceMailbox).toBe('handed-on@rooms.example.test');
    await rooms.createRoom(manager, newRoom(null));
    await rooms.createRoom(manager, newRoom(null));
  });

  it('gives one address to one of a room and a team claiming it at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const address = `race-${round}@example.test`;
      const outcomes = await Promise.allSettled([
        rooms.createRoom(manager, newRoom(address)),
        rooms.createFacilityTeam(manager, newTeam(address)),
        rooms.createRoom(manager, newRoom(address.toUpperCase())),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(MailboxTakenError);
    }
  });

  it('holds the rule in the database for rooms and teams written past the service', async () => {
    await createRoom(dataSource, { resourceMailbox: 'direct@rooms.example.test' });
    await expect(createRoom(dataSource, { resourceMailbox: 'Direct@rooms.example.test' })).rejects.toMatchObject({ code: '23505', constraint: 'room_resource_mailbox_unique' });
    await dataSource.query(`INSERT INTO facility_team (name, kind, mailbox) VALUES ('Direct one', 'AV', 'av@direct.test')`);
    await expect(dataSource.query(`INSERT INTO facility_team (name, kind, mailbox) VALUES ('Direct two', 'AV', 'AV@direct.test')`)).rejects.toMatchObject({
      code: '23505',
      constraint: 'facility_team_mailbox_unique',
    });
  });
});
