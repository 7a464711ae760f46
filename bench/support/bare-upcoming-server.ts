// The baseline of upcoming-sessions.bench.ts, run as its own process: node:http and pg with the
// SQL statements the API sent (before issue 11; it now sends two) for upcomingSessions(first: 50) { title startsAt seatsLeft hosts { name }
// room { name site } } (actor lookup, page, hosts, people, rooms), the same JWT check and the same JSON
// answer, and nothing else: no Nest, no GraphQL, no TypeORM, no DataLoader.
// Usage: node dist/bench/support/bare-upcoming-server.js '{"databaseUrl":…,"port":…,"jwtSecret":…,"poolSize":…,"processes":…}'
import cluster from 'node:cluster';
import { createSecretKey } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';

interface ServerOptions {
  databaseUrl: string;
  port: number;
  jwtSecret: string;
  poolSize: number;
  /** Processes sharing the port, as the API's API_PROCESSES: the same number on both sides. */
  processes: number;
}

interface SessionRow {
  id: string;
  title: string;
  starts_at: Date;
  capacity: number;
  seats_taken: number;
  room_id: string | null;
}

const SESSION_COLUMNS = `id, title, description, format, level, language, capacity, duration_minutes, online_url, status,
  starts_at, ends_at, room_id, room_booking_id, seats_taken, calendar_sequence, proposed_by_id, created_at, updated_at`;
const PERSON_COLUMNS = 'id, email, name, department, site, time_zone, language, job_title, manager_id, roles, created_at';
const ROOM_COLUMNS = 'id, site, name, capacity, equipment, resource_mailbox, active';

const options = JSON.parse(process.argv[2] ?? '{}') as ServerOptions;
const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, application_name: 'kennis-bench-baseline' });
let requests = 0;
let statements = 0;

function placeholders(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, index) => `$${index + 1 + offset}`).join(', ');
}

async function query<T>(text: string, values: unknown[]): Promise<T[]> {
  statements += 1;
  return (await pool.query(text, values)).rows as T[];
}

// A key object made once, as the API's TokenService does: given the secret as a string, jsonwebtoken first
// tries it as a public key on every verify (createPublicKey, which throws), a quarter of this server's CPU.
const jwtKey = createSecretKey(Buffer.from(options.jwtSecret, 'utf8'));

async function upcoming(authorization: string | undefined, body: string): Promise<{ status: number; json: unknown }> {
  const token = authorization?.replace(/^Bearer /, '') ?? '';
  let personId: string;
  try {
    personId = String((jwt.verify(token, jwtKey, { algorithms: ['HS256'], issuer: 'kennis' }) as jwt.JwtPayload).sub);
  } catch {
    return { status: 401, json: { errors: [{ message: 'bad token' }] } };
  }
  const actor = await query<{ id: string }>(`SELECT id, roles FROM person WHERE id = $1 LIMIT 1`, [personId]);
  if (actor.length === 0) return { status: 401, json: { errors: [{ message: 'no such person' }] } };

  const first = Number((JSON.parse(body) as { variables?: { first?: number } }).variables?.first ?? 20);
  if (!Number.isInteger(first) || first < 1 || first > 100) return { status: 400, json: { errors: [{ message: 'first must be from 1 to 100' }] } };
  // One more row than asked tells whether a next page exists; TypeORM writes the limit as a literal too.
  const rows = await query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM session WHERE status IN ($1) AND starts_at >= $2 ORDER BY starts_at ASC, id ASC LIMIT ${first + 1}`,
    ['SCHEDULED', new Date()],
  );
  const sessions = rows.slice(0, first);
  const sessionIds = sessions.map((session) => session.id);
  const roomIds = [...new Set(sessions.flatMap((session) => (session.room_id ? [session.room_id] : [])))];

  // The API loads hosts, then their people, while the rooms load beside them: the same here.
  const hostsAndPeople = (async () => {
    if (sessionIds.length === 0) return { hosts: [], people: [] };
    const hosts = await query<{ session_id: string; person_id: string }>(
      `SELECT session_id, person_id FROM session_host WHERE session_id IN (${placeholders(sessionIds.length)})`,
      sessionIds,
    );
    const personIds = [...new Set(hosts.map((host) => host.person_id))];
    const people = personIds.length
      ? await query<{ id: string; name: string }>(`SELECT ${PERSON_COLUMNS} FROM person WHERE id IN (${placeholders(personIds.length)})`, personIds)
      : [];
    return { hosts, people };
  })();
  const roomsLoaded = roomIds.length
    ? query<{ id: string; name: string; site: string }>(`SELECT ${ROOM_COLUMNS} FROM room WHERE id IN (${placeholders(roomIds.length)})`, roomIds)
    : Promise.resolve([]);
  const [{ hosts, people }, rooms] = await Promise.all([hostsAndPeople, roomsLoaded]);

  const personById = new Map(people.map((person) => [person.id, person]));
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const edges = sessions.map((session) => ({
    node: {
      title: session.title,
      startsAt: session.starts_at.toISOString(),
      seatsLeft: Math.max(0, session.capacity - session.seats_taken),
      hosts: hosts
        .filter((host) => host.session_id === session.id)
        .flatMap((host) => (personById.has(host.person_id) ? [personById.get(host.person_id)!] : []))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((person) => ({ name: person.name })),
      room: session.room_id && roomById.has(session.room_id)
        ? { name: roomById.get(session.room_id)!.name, site: roomById.get(session.room_id)!.site }
        : null,
    },
  }));
  return { status: 200, json: { data: { upcomingSessions: { edges } } } };
}

function answer(response: ServerResponse, status: number, json: unknown): void {
  const text = JSON.stringify(json);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serve(): void {
  const server = createServer(async (request, response) => {
    try {
      if (request.method === 'GET' && request.url === '/health') return answer(response, 200, { status: 'ok' });
      if (request.method === 'GET' && request.url === '/stats') return answer(response, 200, { requests, statements });
      if (request.method !== 'POST' || request.url !== '/upcoming') return answer(response, 404, { error: 'not found' });
      const body = await readBody(request);
      requests += 1;
      const result = await upcoming(request.headers.authorization, body);
      answer(response, result.status, result.json);
    } catch (error) {
      answer(response, 500, { errors: [{ message: (error as Error).message }] });
    }
  });

  // The same keep-alive as the API's default (API_KEEP_ALIVE_TIMEOUT_MS), so both sides keep their sockets.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(options.port, '127.0.0.1', () => {
    if (cluster.isPrimary) console.log(`baseline listening on 127.0.0.1:${options.port}`);
  });
  const close = () => {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

/** Several processes: node:cluster, as the API does it (libs/config/src/process-supervisor.ts), without the supervision. */
function superviseProcesses(): void {
  let listening = 0;
  for (let index = 0; index < options.processes; index += 1) {
    cluster.fork().once('listening', () => {
      listening += 1;
      if (listening === options.processes) console.log(`baseline listening on 127.0.0.1:${options.port} in ${options.processes} processes`);
    });
  }
  const close = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

if (cluster.isPrimary && options.processes > 1) superviseProcesses();
else serve();
