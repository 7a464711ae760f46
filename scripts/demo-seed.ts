/**
 * A small demo organisation for a first `npm start`: people in four departments and three sites with a
 * reporting line, skills they have and want, rooms, and sessions in every state. Plain SQL in one
 * transaction; the rows keep every invariant the services keep (a room booking per placed session,
 * seats_taken = SEATED registrations, a waitlist only when full). No outbox rows: nothing is mailed.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeSkillName } from '@kennis/people';

export const DEMO_DOMAIN = 'demo.kennis.local';
const ZONE = 'Europe/Amsterdam';

type Department = 'Engineering' | 'Sales' | 'Finance' | 'People & Culture';
type Site = 'Amsterdam' | 'Utrecht' | 'Eindhoven';

interface DemoPerson {
  key: string;
  name: string;
  department: Department;
  site: Site;
  timeZone: string;
  language: 'nl' | 'en';
  jobTitle: string;
  manager: string | null;
  roles: string[];
  has: Record<string, number>;
  wants: Record<string, number>;
}

const PEOPLE: DemoPerson[] = [
  { key: 'ada', name: 'Ada de Vries', department: 'People & Culture', site: 'Amsterdam', timeZone: ZONE, language: 'nl',
    jobTitle: 'Head of Learning & Development', manager: null, roles: ['EMPLOYEE', 'ADMIN'],
    has: { Coaching: 5, 'Public speaking': 4 }, wants: { 'Data visualisation': 2 } },
  { key: 'maya', name: 'Maya Pinto', department: 'People & Culture', site: 'Utrecht', timeZone: ZONE, language: 'en',
    jobTitle: 'HR Business Partner', manager: 'ada', roles: ['EMPLOYEE'],
    has: { Interviewing: 5, Coaching: 4 }, wants: { 'Data visualisation': 2 } },
  { key: 'chris', name: 'Chris Bakker', department: 'Engineering', site: 'Amsterdam', timeZone: ZONE, language: 'nl',
    jobTitle: 'Engineering Manager', manager: null, roles: ['EMPLOYEE'],
    has: { TypeScript: 4, Kubernetes: 3, Coaching: 3 }, wants: { Negotiation: 2 } },
  { key: 'dewi', name: 'Dewi Kusuma', department: 'Engineering', site: 'Amsterdam', timeZone: ZONE, language: 'en',
    jobTitle: 'Senior Software Engineer', manager: 'chris', roles: ['EMPLOYEE'],
    has: { TypeScript: 5, GraphQL: 5 }, wants: { Kubernetes: 3 } },
  { key: 'emre', name: 'Emre Yılmaz', department: 'Engineering', site: 'Eindhoven', timeZone: ZONE, language: 'nl',
    jobTitle: 'Software Engineer', manager: 'chris', roles: ['EMPLOYEE'],
    has: { TypeScript: 3, Kubernetes: 2 }, wants: { GraphQL: 4, PostgreSQL: 3 } },
  { key: 'fatima', name: 'Fatima El Amrani', department: 'Engineering', site: 'Utrecht', timeZone: ZONE, language: 'nl',
    jobTitle: 'Data Engineer', manager: 'chris', roles: ['EMPLOYEE'],
    has: { PostgreSQL: 5, 'Data visualisation': 4 }, wants: { Negotiation: 2 } },
  { key: 'grace', name: "Grace O'Connor", department: 'Engineering', site: 'Eindhoven', timeZone: 'Europe/Dublin', language: 'en',
    jobTitle: 'Site Reliability Engineer', manager: 'chris', roles: ['EMPLOYEE'],
    has: { Kubernetes: 5, PostgreSQL: 3 }, wants: { 'Public speaking': 3 } },
  { key: 'hugo', name: 'Hugo Smit', department: 'Sales', site: 'Utrecht', timeZone: ZONE, language: 'nl',
    jobTitle: 'Sales Director', manager: null, roles: ['EMPLOYEE'],
    has: { Negotiation: 5, 'Public speaking': 4 }, wants: { Excel: 3 } },
  { key: 'iris', name: 'Iris Mulder', department: 'Sales', site: 'Amsterdam', timeZone: ZONE, language: 'nl',
    jobTitle: 'Account Executive', manager: 'hugo', roles: ['EMPLOYEE'],
    has: { Negotiation: 3 }, wants: { Kubernetes: 1, 'Financial modelling': 2 } },
  { key: 'jun', name: 'Jun Tanaka', department: 'Sales', site: 'Eindhoven', timeZone: 'Europe/London', language: 'en',
    jobTitle: 'Solutions Consultant', manager: 'hugo', roles: ['EMPLOYEE'],
    has: { GraphQL: 3, 'Public speaking': 3 }, wants: { TypeScript: 3 } },
  { key: 'karin', name: 'Karin de Boer', department: 'Finance', site: 'Utrecht', timeZone: ZONE, language: 'nl',
    jobTitle: 'Head of Finance', manager: null, roles: ['EMPLOYEE'],
    has: { 'Financial modelling': 5, Excel: 5 }, wants: { Coaching: 3 } },
  { key: 'lars', name: 'Lars Visser', department: 'Finance', site: 'Eindhoven', timeZone: ZONE, language: 'nl',
    jobTitle: 'Financial Analyst', manager: 'karin', roles: ['EMPLOYEE'],
    has: { Excel: 4, 'Financial modelling': 3 }, wants: { PostgreSQL: 2 } },
  { key: 'bram', name: 'Bram Jansen', department: 'Finance', site: 'Utrecht', timeZone: ZONE, language: 'nl',
    jobTitle: 'Facility Manager', manager: 'karin', roles: ['EMPLOYEE', 'FACILITY_MANAGER'],
    has: { Excel: 3 }, wants: { 'Public speaking': 2 } },
];

interface DemoRoom {
  key: string;
  site: Site;
  name: string;
  capacity: number;
  equipment: string[];
  mailbox: string | null;
}

const ROOMS: DemoRoom[] = [
  { key: 'zolder', site: 'Amsterdam', name: 'De Zolder', capacity: 40,
    equipment: ['PROJECTOR', 'MICROPHONE', 'SPEAKERS', 'VIDEO_CONFERENCING'], mailbox: `room.zolder@${DEMO_DOMAIN}` },
  { key: 'keukentafel', site: 'Amsterdam', name: 'Keukentafel', capacity: 8, equipment: ['WHITEBOARD', 'KITCHEN'], mailbox: null },
  { key: 'domtoren', site: 'Utrecht', name: 'Domtoren', capacity: 20,
    equipment: ['PROJECTOR', 'WHITEBOARD', 'VIDEO_CONFERENCING'], mailbox: `room.domtoren@${DEMO_DOMAIN}` },
  { key: 'oudegracht', site: 'Utrecht', name: 'Oudegracht', capacity: 6, equipment: ['SCREEN', 'WHITEBOARD'], mailbox: `room.oudegracht@${DEMO_DOMAIN}` },
  { key: 'lichttoren', site: 'Eindhoven', name: 'Lichttoren', capacity: 80,
    equipment: ['PROJECTOR', 'MICROPHONE', 'SPEAKERS', 'VIDEO_CONFERENCING'], mailbox: `room.lichttoren@${DEMO_DOMAIN}` },
  { key: 'werkplaats', site: 'Eindhoven', name: 'Werkplaats', capacity: 12,
    equipment: ['WHITEBOARD', 'FLIPCHART', 'SCREEN'], mailbox: `room.werkplaats@${DEMO_DOMAIN}` },
];

/** A wall-clock time in Amsterdam: weeks from this week's Monday, day 0 = Monday. */
interface Slot {
  week: number;
  day: number;
  time: string;
}

interface DemoSession {
  title: string;
  description: string;
  format: 'TALK' | 'WORKSHOP' | 'CROSSTRAINING' | 'LUNCH_AND_LEARN' | 'DEMO';
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  language: 'nl' | 'en';
  capacity: number;
  durationMinutes: number;
  status: 'PROPOSED' | 'SCHEDULED' | 'COMPLETED' | 'CANCELLED';
  hosts: string[];
  skills: string[];
  slot?: Slot;
  room?: string;
  onlineUrl?: string;
  interested?: string[];
  /** In order of arrival. */
  seated?: string[];
  waitlisted?: string[];
  left?: string[];
}

const SESSIONS: DemoSession[] = [
  { title: 'Kubernetes without the jargon', status: 'PROPOSED', format: 'TALK', level: 'BEGINNER', language: 'en',
    description: 'What pods, deployments and services are, explained for people who never run kubectl.',
    capacity: 30, durationMinutes: 45, hosts: ['grace'], skills: ['Kubernetes'],
    interested: ['iris', 'jun', 'lars', 'maya', 'bram'] },
  { title: 'Onderhandelen: van nee naar ja', status: 'PROPOSED', format: 'WORKSHOP', level: 'INTERMEDIATE', language: 'nl',
    description: 'Oefenen met echte cases uit sales en inkoop: voorbereiden, ankeren en doorvragen.',
    capacity: 12, durationMinutes: 90, hosts: ['hugo'], skills: ['Negotiation'], interested: ['emre', 'fatima', 'karin'] },
  { title: 'Excel: draaitabellen in een lunchpauze', status: 'SCHEDULED', format: 'LUNCH_AND_LEARN', level: 'BEGINNER', language: 'nl',
    description: 'Neem je lunch en je laptop mee; we bouwen samen een draaitabel van een echte export.',
    capacity: 6, durationMinutes: 60, hosts: ['lars'], skills: ['Excel'], room: 'oudegracht', slot: { week: 1, day: 1, time: '12:00' },
    seated: ['bram', 'iris', 'maya', 'fatima', 'hugo', 'emre'], waitlisted: ['dewi', 'jun'] },
  { title: 'Designing GraphQL schemas that last', status: 'SCHEDULED', format: 'WORKSHOP', level: 'ADVANCED', language: 'en',
    description: 'Naming, nullability, pagination and errors: we review real schemas and redesign one together.',
    capacity: 25, durationMinutes: 120, hosts: ['dewi', 'emre'], skills: ['GraphQL', 'TypeScript'], room: 'zolder',
    slot: { week: 1, day: 3, time: '14:00' }, seated: ['chris', 'fatima', 'grace', 'jun'], left: ['iris'] },
  { title: 'Een balans lezen in 30 minuten', status: 'SCHEDULED', format: 'TALK', level: 'BEGINNER', language: 'nl',
    description: 'Wat staat er links en rechts, en wat zegt het over ons bedrijf? Online, zodat iedere vestiging mee kan doen.',
    capacity: 50, durationMinutes: 30, hosts: ['karin'], skills: ['Financial modelling'], onlineUrl: `https://meet.${DEMO_DOMAIN}/balans`,
    slot: { week: 1, day: 2, time: '16:00' }, seated: ['chris', 'hugo', 'ada'] },
  { title: 'Onze deploy-pipeline, live', status: 'SCHEDULED', format: 'DEMO', level: 'INTERMEDIATE', language: 'nl',
    description: 'Van commit tot productie in één sessie, met alle stappen ertussen op het scherm.',
    capacity: 12, durationMinutes: 45, hosts: ['emre', 'grace'], skills: ['Kubernetes'], room: 'werkplaats',
    slot: { week: 1, day: 4, time: '11:00' }, seated: ['lars', 'jun'] },
  { title: 'PostgreSQL indexes, hands-on', status: 'COMPLETED', format: 'CROSSTRAINING', level: 'INTERMEDIATE', language: 'en',
    description: 'B-tree, GIN and partial indexes on a copy of our own data, with EXPLAIN ANALYZE before and after.',
    capacity: 15, durationMinutes: 90, hosts: ['fatima'], skills: ['PostgreSQL'], room: 'domtoren', slot: { week: -2, day: 3, time: '10:00' },
    seated: ['dewi', 'emre', 'grace', 'lars', 'karin', 'jun', 'chris', 'bram'] },
  { title: 'Interviews that find the right people', status: 'CANCELLED', format: 'WORKSHOP', level: 'INTERMEDIATE', language: 'en',
    description: 'Structured interviews and scorecards. Cancelled: it moves to next quarter.',
    capacity: 20, durationMinutes: 60, hosts: ['maya'], skills: ['Interviewing'], room: 'lichttoren', slot: { week: 2, day: 0, time: '15:00' },
    seated: ['chris', 'hugo', 'karin'] },
];

/**
 * The engine's default criteria (DEFAULT_ROUND_CRITERIA in @kennis/mentoring), written out: importing
 * the mentoring library here would load its GraphQL and auth parts into every script and test that seeds.
 */
const DEMO_ROUND_CRITERIA = {
  weights: { skillFit: 12, acrossDepartments: 2, acrossSites: 1, seniorityGap: 2, differentBackground: 2, menteePreferences: 3 },
  seniorityGap: { min: 2, max: 15 },
};

/** Mentors who opted in, with what they offer (levels 1 to 5, as on a profile). */
const MENTORS: { key: string; capacity: number; languages: string[]; seniorityYears: number; offers: Record<string, number> }[] = [
  { key: 'dewi', capacity: 2, languages: ['en'], seniorityYears: 12, offers: { TypeScript: 5, GraphQL: 5 } },
  { key: 'grace', capacity: 2, languages: ['en'], seniorityYears: 10, offers: { Kubernetes: 5, PostgreSQL: 3 } },
  { key: 'hugo', capacity: 1, languages: ['nl', 'en'], seniorityYears: 20, offers: { Negotiation: 5, 'Public speaking': 4 } },
  { key: 'fatima', capacity: 1, languages: ['nl', 'en'], seniorityYears: 9, offers: { PostgreSQL: 5, 'Data visualisation': 4 } },
];

/** Mentees who asked for a mentor in the open round; nobody is matched yet, so an admin can run it at once. */
const MENTEES: { key: string; goals: string; languages: string[]; seniorityYears: number; wants: Record<string, number> }[] = [
  { key: 'emre', goals: 'Design GraphQL APIs that last', languages: ['nl', 'en'], seniorityYears: 3, wants: { GraphQL: 2, PostgreSQL: 2 } },
  { key: 'iris', goals: 'Understand what our engineers deploy', languages: ['nl', 'en'], seniorityYears: 4, wants: { Kubernetes: 1 } },
  { key: 'maya', goals: 'Tell stories with our HR data', languages: ['en'], seniorityYears: 6, wants: { 'Data visualisation': 2 } },
  // Jun's own manager (Hugo) offers negotiation, so Jun asks for what another department can teach.
  { key: 'jun', goals: 'Read the data behind our deals', languages: ['en'], seniorityYears: 2, wants: { PostgreSQL: 1 } },
];

export interface DemoSeedSummary {
  people: number;
  rooms: number;
  sessions: number;
  adminEmail: string;
  facilityManagerEmail: string;
  employeeEmail: string;
}

export const demoEmail = (key: string) => `${key}@${DEMO_DOMAIN}`;

export async function hasPeople(dataSource: DataSource): Promise<boolean> {
  const rows: { present: boolean }[] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM person) AS present');
  return rows[0].present;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Demo data is inconsistent: ${message}`);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function seedDemoData(dataSource: DataSource): Promise<DemoSeedSummary> {
  return dataSource.transaction(async (manager) => {
    const personIds = new Map(PEOPLE.map((person) => [person.key, randomUUID()]));
    const id = (key: string) => {
      const value = personIds.get(key);
      check(value !== undefined, `no demo person "${key}"`);
      return value!;
    };

    // Managers first, so every manager_id points at a row that exists.
    const ordered = [...PEOPLE].sort((a, b) => Number(a.manager !== null) - Number(b.manager !== null));
    for (const person of ordered) {
      await manager.query(
        `INSERT INTO person (id, email, name, department, site, time_zone, language, job_title, manager_id, roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[])`,
        [id(person.key), demoEmail(person.key), person.name, person.department, person.site, person.timeZone,
          person.language, person.jobTitle, person.manager ? id(person.manager) : null, person.roles],
      );
    }

    const skillNames = new Set<string>();
    for (const person of PEOPLE) for (const name of [...Object.keys(person.has), ...Object.keys(person.wants)]) skillNames.add(name);
    for (const session of SESSIONS) for (const name of session.skills) skillNames.add(name);
    const skillIds = new Map<string, string>();
    for (const name of skillNames) {
      const skillId = randomUUID();
      skillIds.set(name, skillId);
      await manager.query(`INSERT INTO skill (id, name, normalized_name) VALUES ($1, $2, $3)`, [skillId, name, normalizeSkillName(name)]);
    }
    for (const person of PEOPLE) {
      for (const [kind, skills] of [['HAS', person.has], ['WANTS', person.wants]] as const) {
        for (const [name, level] of Object.entries(skills)) {
          await manager.query(`INSERT INTO person_skill (person_id, skill_id, kind, level) VALUES ($1, $2, $3, $4)`, [
            id(person.key), skillIds.get(name), kind, level,
          ]);
        }
      }
    }

    const rooms = new Map<string, { id: string; room: DemoRoom }>();
    for (const room of ROOMS) {
      const roomId = randomUUID();
      rooms.set(room.key, { id: roomId, room });
      await manager.query(
        `INSERT INTO room (id, site, name, capacity, equipment, resource_mailbox) VALUES ($1, $2, $3, $4, $5::text[], $6)`,
        [roomId, room.site, room.name, room.capacity, room.equipment, room.mailbox],
      );
    }

    const [{ monday }]: { monday: string }[] = await manager.query(
      `SELECT to_char(date_trunc('week', now() AT TIME ZONE $1), 'YYYY-MM-DD') AS monday`,
      [ZONE],
    );
    for (const session of SESSIONS) {
      await insertSession(manager, session, { monday, person: id, rooms, skills: skillIds });
    }
    await insertMentoring(manager, id, skillIds);

    return {
      people: PEOPLE.length,
      rooms: ROOMS.length,
      sessions: SESSIONS.length,
      adminEmail: demoEmail('ada'),
      facilityManagerEmail: demoEmail('bram'),
      employeeEmail: demoEmail('dewi'),
    };
  });
}

/** Mentors, mentees and an open round whose deadline is three weeks away, made by the admin. */
async function insertMentoring(manager: EntityManager, person: (key: string) => string, skills: Map<string, string>): Promise<void> {
  const skill = (name: string) => {
    const skillId = skills.get(name);
    check(skillId !== undefined, `no demo skill "${name}"`);
    return skillId!;
  };
  for (const mentor of MENTORS) {
    await manager.query(`INSERT INTO mentor_profile (person_id, capacity, languages, seniority_years) VALUES ($1, $2, $3::text[], $4)`, [
      person(mentor.key), mentor.capacity, mentor.languages, mentor.seniorityYears,
    ]);
    for (const [name, level] of Object.entries(mentor.offers)) {
      await manager.query(`INSERT INTO mentor_skill (mentor_id, skill_id, level) VALUES ($1, $2, $3)`, [person(mentor.key), skill(name), level]);
    }
  }
  const roundId = randomUUID();
  await manager.query(
    `INSERT INTO mentoring_round (id, name, status, deadline, criteria, participants, response_days, created_by_id)
     VALUES ($1, $2, 'OPEN', now() + interval '21 days', $3::jsonb, $4::jsonb, 7, $5)`,
    [roundId, 'Mentoring autumn', JSON.stringify(DEMO_ROUND_CRITERIA), JSON.stringify({ departments: [], sites: [] }), person('ada')],
  );
  for (const mentee of MENTEES) {
    const requestId = randomUUID();
    await manager.query(
      `INSERT INTO mentee_request (id, round_id, person_id, goals, languages, seniority_years) VALUES ($1, $2, $3, $4, $5::text[], $6)`,
      [requestId, roundId, person(mentee.key), mentee.goals, mentee.languages, mentee.seniorityYears],
    );
    for (const [name, level] of Object.entries(mentee.wants)) {
      await manager.query(`INSERT INTO mentee_request_skill (request_id, skill_id, level) VALUES ($1, $2, $3)`, [requestId, skill(name), level]);
    }
  }
}

interface SeedContext {
  monday: string;
  person: (key: string) => string;
  rooms: Map<string, { id: string; room: DemoRoom }>;
  skills: Map<string, string>;
}

async function insertSession(manager: EntityManager, session: DemoSession, context: SeedContext): Promise<void> {
  const seated = session.seated ?? [];
  const waitlisted = session.waitlisted ?? [];
  const placed = session.status !== 'PROPOSED';
  const room = session.room ? context.rooms.get(session.room) : undefined;
  check(seated.length <= session.capacity, `${session.title}: more seated than seats`);
  check(waitlisted.length === 0 || seated.length === session.capacity, `${session.title}: a waitlist while seats are free`);
  check(!placed || session.slot !== undefined, `${session.title}: placed without a time`);
  check(!session.room || room !== undefined, `${session.title}: no demo room "${session.room}"`);
  check(!room || session.capacity <= room.room.capacity, `${session.title}: more seats than room ${room?.room.name} has`);
  check(session.status !== 'SCHEDULED' || Boolean(room || session.onlineUrl), `${session.title}: scheduled without a place`);

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (placed && session.slot) {
    const local = `${addDays(context.monday, session.slot.week * 7 + session.slot.day)} ${session.slot.time}`;
    const [{ at }]: { at: Date }[] = await manager.query(`SELECT ($1::timestamp AT TIME ZONE $2) AS at`, [local, ZONE]);
    startsAt = at;
    endsAt = new Date(at.getTime() + session.durationMinutes * 60_000);
  }

  let bookingId: string | null = null;
  if (room && startsAt && endsAt) {
    bookingId = randomUUID();
    // A cancelled session keeps its room and booking; the booking is released, as SessionSchedulingService.cancel does.
    await manager.query(
      `INSERT INTO room_booking (id, room_id, period, status, label) VALUES ($1, $2, tstzrange($3, $4, '[)'), $5, $6)`,
      [bookingId, room.id, startsAt, endsAt, session.status === 'CANCELLED' ? 'RELEASED' : 'CONFIRMED', session.title],
    );
  }

  const sessionId = randomUUID();
  const createdAt = new Date((startsAt ?? new Date()).getTime() - 14 * 24 * 3600_000);
  await manager.query(
    `INSERT INTO session (id, title, description, format, level, language, capacity, duration_minutes, online_url, status,
                          starts_at, ends_at, room_id, room_booking_id, seats_taken, calendar_sequence, proposed_by_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [sessionId, session.title, session.description, session.format, session.level, session.language, session.capacity,
      session.durationMinutes, session.onlineUrl ?? null, session.status, startsAt, endsAt, room?.id ?? null, bookingId,
      seated.length, session.status === 'CANCELLED' ? 1 : 0, context.person(session.hosts[0]), createdAt],
  );
  for (const host of session.hosts) {
    await manager.query(`INSERT INTO session_host (session_id, person_id) VALUES ($1, $2)`, [sessionId, context.person(host)]);
  }
  for (const skill of session.skills) {
    await manager.query(`INSERT INTO session_skill (session_id, skill_id) VALUES ($1, $2)`, [sessionId, context.skills.get(skill)]);
  }
  for (const person of session.interested ?? []) {
    await manager.query(`INSERT INTO session_interest (session_id, person_id) VALUES ($1, $2)`, [sessionId, context.person(person)]);
  }
  // One at a time, in order: registration.arrival (a bigserial) is the waitlist order.
  const registrations = [
    ...seated.map((person) => [person, 'SEATED'] as const),
    ...(session.left ?? []).map((person) => [person, 'LEFT'] as const),
    ...waitlisted.map((person) => [person, 'WAITLISTED'] as const),
  ];
  for (const [person, status] of registrations) {
    await manager.query(`INSERT INTO registration (session_id, person_id, status) VALUES ($1, $2, $3)`, [
      sessionId, context.person(person), status,
    ]);
  }
}
