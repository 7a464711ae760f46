import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface PersonFixture {
  id: string;
  email: string;
  name: string;
  department: string;
  site: string;
  timeZone: string;
  language: 'nl' | 'en';
  jobTitle: string;
  managerId: string | null;
  roles: string[];
}

export interface RoomFixture {
  id: string;
  site: string;
  name: string;
  capacity: number;
  equipment: string[];
  resourceMailbox: string | null;
}

export interface SessionFixture {
  id: string;
  title: string;
  capacity: number;
  durationMinutes: number;
  hostId: string;
}

export function buildPerson(overrides: Partial<PersonFixture> = {}): PersonFixture {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    email: `person-${id.slice(0, 8)}@example.test`,
    name: `Person ${id.slice(0, 8)}`,
    department: 'Engineering',
    site: 'Amsterdam',
    timeZone: 'Europe/Amsterdam',
    language: 'en',
    jobTitle: 'Engineer',
    managerId: null,
    roles: ['EMPLOYEE'],
    ...overrides,
  };
}

export function buildRoom(overrides: Partial<RoomFixture> = {}): RoomFixture {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    site: 'Amsterdam',
    name: `Room ${id.slice(0, 8)}`,
    capacity: 30,
    equipment: ['PROJECTOR'],
    resourceMailbox: `room-${id.slice(0, 8)}@example.test`,
    ...overrides,
  };
}

/** Inserts people in one statement: fast enough for a storm of 300. */
export async function createPeople(dataSource: DataSource, people: PersonFixture[]): Promise<PersonFixture[]> {
  if (people.length === 0) return people;
  await dataSource.query(
    `INSERT INTO person (id, email, name, department, site, time_zone, language, job_title, manager_id, roles)
     SELECT id, email, name, department, site, time_zone, language, job_title, manager_id, string_to_array(roles, ',')
     FROM unnest($1::uuid[], $2::citext[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                 $7::varchar[], $8::varchar[], $9::uuid[], $10::text[])
       AS t(id, email, name, department, site, time_zone, language, job_title, manager_id, roles)`,
    [
      people.map((p) => p.id),
      people.map((p) => p.email),
      people.map((p) => p.name),
      people.map((p) => p.department),
      people.map((p) => p.site),
      people.map((p) => p.timeZone),
      people.map((p) => p.language),
      people.map((p) => p.jobTitle),
      people.map((p) => p.managerId),
      people.map((p) => p.roles.join(',')),
    ],
  );
  return people;
}

export async function createPerson(dataSource: DataSource, overrides: Partial<PersonFixture> = {}): Promise<PersonFixture> {
  const [person] = await createPeople(dataSource, [buildPerson(overrides)]);
  return person;
}

export async function createRoom(dataSource: DataSource, overrides: Partial<RoomFixture> = {}): Promise<RoomFixture> {
  const room = buildRoom(overrides);
  await dataSource.query(
    `INSERT INTO room (id, site, name, capacity, equipment, resource_mailbox) VALUES ($1, $2, $3, $4, $5, $6)`,
    [room.id, room.site, room.name, room.capacity, room.equipment, room.resourceMailbox],
  );
  return room;
}

/** A proposed session with one host, straight into the database. */
export async function createProposedSession(
  dataSource: DataSource,
  hostId: string,
  overrides: Partial<Omit<SessionFixture, 'hostId'>> = {},
): Promise<SessionFixture> {
  const session = {
    id: overrides.id ?? randomUUID(),
    title: overrides.title ?? 'Property-based testing in practice',
    capacity: overrides.capacity ?? 20,
    durationMinutes: overrides.durationMinutes ?? 60,
    hostId,
  };
  await dataSource.query(
    `INSERT INTO session (id, title, description, format, level, language, capacity, duration_minutes, proposed_by_id)
     VALUES ($1, $2, 'A session made by a test.', 'TALK', 'BEGINNER', 'en', $3, $4, $5)`,
    [session.id, session.title, session.capacity, session.durationMinutes, hostId],
  );
  await dataSource.query(`INSERT INTO session_host (session_id, person_id) VALUES ($1, $2)`, [session.id, hostId]);
  return session;
}
